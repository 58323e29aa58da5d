package org.sopflow.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.catalog.DeployedSop;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.deviation.Category;
import org.sopflow.followup.FollowUp;
import org.sopflow.followup.FollowUps;
import org.sopflow.model.SopProperty;
import org.sopflow.monitoring.TimingFigures.Detail;
import org.sopflow.monitoring.TimingFigures.SopTiming;
import org.sopflow.monitoring.TimingFigures.StepTiming;
import org.sopflow.monitoring.TimingService;
import org.sopflow.monitoring.TimingWindow;
import org.springframework.stereotype.Service;

/**
 * The evaluation of SOP application (Permenpan RB 35/2012): for every SOP the user may read, the
 * period's measured figures, the Penilaian by the configured rule, and what to do about it.
 */
@Service
class SopEvaluation {

  static final String BAIK = "berjalan dengan baik";
  static final String TIDAK_BAIK = "tidak berjalan dengan baik";

  private final TimingService timing;
  private final SopCatalog catalog;
  private final WorkingCalendar calendar;
  private final EvaluationRule rule;
  private final FollowUps followUps;

  SopEvaluation(TimingService timing, SopCatalog catalog, WorkingCalendar calendar, EvaluationRule rule,
                FollowUps followUps) {
    this.followUps = followUps;
    this.timing = timing;
    this.catalog = catalog;
    this.calendar = calendar;
    this.rule = rule;
  }

  /** The whole evaluation table of one period. */
  public Evaluation evaluate(TimingWindow window) {
    List<Row> rows = new ArrayList<>();
    List<FollowUp> earlier = followUpsOfThePeriodBefore(window);
    for (DeployedSop deployed : catalog.latest()) {
      timing.detail(deployed.sop().key(), window).ifPresent(detail -> rows.add(row(rows.size() + 1, deployed, detail,
          earlier.stream().filter(followUp -> deployed.sop().key().equals(followUp.source().sopKey()))
              .map(SopEvaluation::lastTime).toList())));
    }
    return new Evaluation(window.from(), window.to(), rule.text(), rule.limits(), rows);
  }

  /** The follow-ups of findings of the period as long as this one just before it: what was found last time. */
  private List<FollowUp> followUpsOfThePeriodBefore(TimingWindow window) {
    return followUps.ofFindingsIn(new FollowUp.Period(LocalDate.ofInstant(window.from(), calendar.zone()),
        LocalDate.ofInstant(window.to(), calendar.zone())).later(-1));
  }

  /** A follow-up of last time, as the form prints it: what was found, what was done, did it work. */
  private static String lastTime(FollowUp followUp) {
    String worked = followUp.effective() == null ? "efektivitas belum diperiksa"
        : followUp.effective() ? "efektif" : "tidak efektif";
    return "Temuan: " + followUp.evidence() + ". Tindakan: " + followUp.action()
        + (followUp.outcome() == null ? "" : ". Hasil: " + followUp.outcome()) + " (" + followUp.state().label()
        + "; " + worked + ").";
  }

  private Row row(int number, DeployedSop deployed, Detail detail, List<String> lastTime) {
    Figures figures = figures(deployed, detail);
    List<EvaluationRule.Finding> failures = rule.failures(figures);
    List<String> catatan = new ArrayList<>(measurements(figures));
    failures.forEach(failure -> catatan.add(failure.catatan()));
    List<String> tindakan = failures.isEmpty()
        ? List.of("Pertahankan pelaksanaan SOP; lanjutkan pemantauan pada periode berikutnya.")
        : failures.stream().map(EvaluationRule.Finding::tindakan).distinct().toList();
    return new Row(number, deployed.sop().key(), deployed.sop().name(), deployed.sop().identity(SopProperty.NOMOR),
        deployed.definition().getVersion(), failures.isEmpty(), failures.isEmpty() ? BAIK : TIDAK_BAIK, catatan,
        tindakan, figures, lastTime);
  }

  private Figures figures(DeployedSop deployed, Detail detail) {
    SopTiming sop = detail.sop();
    long completed = 0;
    long onTime = 0;
    List<SlowStep> slow = new ArrayList<>();
    List<ApplicantWait> waits = new ArrayList<>();
    for (StepTiming step : detail.steps()) {
      if (step.menungguPemohon()) { // the applicant's time: shown apart, judged by no standard
        if (step.completed() > 0) {
          waits.add(new ApplicantWait(step.activityId(), step.name(), step.completed(),
              text(Math.round(step.medianSeconds()), deployed)));
        }
        continue;
      }
      completed += step.completed();
      onTime += step.onTime();
      if (step.standardSeconds() != null && step.p90Seconds() != null && step.p90Seconds() > step.standardSeconds()) {
        slow.add(new SlowStep(step.activityId(), step.name(), Math.round(step.p90Seconds()), step.standardSeconds(),
            text(Math.round(step.p90Seconds()), deployed), text(step.standardSeconds(), deployed)));
      }
    }
    long openOverdue = detail.steps().stream().mapToLong(StepTiming::openOverdue).sum();
    return new Figures(sop.started(), sop.completed(), completed, onTime,
        completed == 0 ? null : (double) onTime / completed,
        sop.serviceStandardSeconds() == null ? null : sop.onTimeRate(), openOverdue,
        new LinkedHashMap<>(sop.eventsByCategory()), slow, waits);
  }

  private static List<String> measurements(Figures figures) {
    List<String> lines = new ArrayList<>();
    lines.add(figures.started() + " layanan dimulai, " + figures.completed() + " selesai; " + figures.stepsCompleted()
        + " langkah selesai" + (figures.stepOnTimeRate() == null ? "." : ", " + EvaluationRule.percent(figures.stepOnTimeRate())
        + " dalam waktu standar."));
    if (figures.serviceOnTimeRate() != null) {
      lines.add(EvaluationRule.percent(figures.serviceOnTimeRate()) + " layanan selesai dalam waktu layanan.");
    }
    figures.applicantWaits().forEach(wait -> lines.add("Menunggu pemohon pada " + wait.name() + ": " + wait.count()
        + " kali, median " + wait.median() + " (tidak dihitung dalam waktu layanan)."));
    if (figures.openOverdueSteps() > 0) {
      lines.add(figures.openOverdueSteps() + " langkah masih terbuka melewati waktu standarnya.");
    }
    lines.add(figures.eventsByCategory().isEmpty() ? "Tidak ada kejadian maladministrasi."
        : "Kejadian maladministrasi: " + String.join(", ", figures.eventsByCategory().entrySet().stream()
            .map(entry -> categoryName(entry.getKey()) + " " + entry.getValue()).toList())
        + ".");
    return lines;
  }

  private static String categoryName(String code) {
    return Arrays.stream(Category.values()).filter(category -> category.name().equals(code)).findFirst()
        .map(category -> category.label().toLowerCase(Locale.ROOT)).orElse(code);
  }

  /** Working seconds as the SOP document writes them: 1 hari kerja 2 jam 30 menit. */
  private String text(long seconds, DeployedSop deployed) {
    return calendar.of(deployed.definition().getTenantId()).describe(seconds, deployed.sop().calendar());
  }

  /** The evaluation of one period. */
  public record Evaluation(Instant from, Instant to, String rule, EvaluationProperties limits,
                           List<Row> sops) {
  }

  /**
   * One row of the Permenpan evaluation table; Paraf penilai is left for the evaluator's hand.
   *
   * @param tindakLanjutSebelumnya the follow-ups of last period's findings on this SOP: found, done, worked
   */
  public record Row(int no, String key, String prosedur, String nomor, int version, boolean baik, String penilaian,
                    List<String> catatan, List<String> tindakan, Figures figures, List<String> tindakLanjutSebelumnya) {
  }

  /**
   * @param started services (instances) started in the period; {@code completed} of them ended
   * @param stepsCompleted steps completed in the period; {@code stepsOnTime} of them within their standard
   * @param serviceOnTimeRate share of the completed services within {@code sop.waktu-layanan}; null when
   *     none completed or the SOP has no service standard
   * @param openOverdueSteps steps open now past their standard deadline
   */
  public record Figures(long started, long completed, long stepsCompleted, long stepsOnTime, Double stepOnTimeRate,
                        Double serviceOnTimeRate, long openOverdueSteps, Map<String, Long> eventsByCategory,
                        List<SlowStep> slowSteps, List<ApplicantWait> applicantWaits) {
  }

  /** A step where the office waited for the applicant, with the waits that ended in the period. */
  public record ApplicantWait(String activityId, String name, long count, String median) {
  }

  /** A step whose p90 working time exceeds its standard. */
  public record SlowStep(String activityId, String name, long p90Seconds, long standardSeconds, String p90, String standard) {

    String text() {
      return name + " (p90 " + p90 + "; standar " + standard + ")";
    }
  }
}
