package org.sopflow.evaluation;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.engine.CurrentUser;
import org.sopflow.followup.FollowUp;
import org.sopflow.followup.Indicators;
import org.sopflow.monitoring.TimingService;
import org.springframework.stereotype.Component;

/**
 * Whether a monitoring or evaluasi finding came back: the SOP's Penilaian in the later period
 * against the source period, and for an evaluasi criterion (its number, 1-7, as {@code jenis}) the
 * criterion where the runs measure it. The whole office's evaluation, whoever asks.
 */
@Component
class EvaluationRecurrence implements Indicators {

  private final SopEvaluation evaluation;
  private final TimingService timing;
  private final ZoneId zone;
  private final IdentityService identity;

  EvaluationRecurrence(SopEvaluation evaluation, TimingService timing, WorkingCalendar calendar,
                       IdentityService identity) {
    this.evaluation = evaluation;
    this.timing = timing;
    this.zone = calendar.zone();
    this.identity = identity;
  }

  @Override
  public List<Indicator> compare(FollowUp.Source source, FollowUp.Period later) {
    boolean monitoring = source.kind() == FollowUp.SourceKind.MONITORING;
    if (!monitoring && source.kind() != FollowUp.SourceKind.EVALUASI || source.sopKey() == null) {
      return List.of();
    }
    Optional<Evaluated> before = row(source.sopKey(), source.period());
    Optional<Evaluated> after = row(source.sopKey(), later);
    List<Indicator> figures = new ArrayList<>();
    figures.add(new Indicator("Penilaian monitoring SOP", penilaian(before), penilaian(after),
        after.map(evaluated -> evaluated.row().baik()).orElse(null)));
    criterion(source.ref()).ifPresent(index -> {
      String measuredAfter = after.map(evaluated -> evaluated.nilai(index)).orElse(null);
      figures.add(new Indicator("Kriteria evaluasi: " + PenerapanEvaluation.CRITERIA.get(index),
          answer(before.map(evaluated -> evaluated.nilai(index)).orElse(null)), answer(measuredAfter),
          measuredAfter == null ? null : "Ya".equals(measuredAfter)));
    });
    return figures;
  }

  /** One SOP's row of a period's evaluation, with the limits it was judged by. */
  private record Evaluated(SopEvaluation.Row row, EvaluationProperties limits) {

    /** The criterion's answer where the runs measure it, else null. */
    String nilai(int index) {
      return PenerapanEvaluation.criteria(row.figures(), limits).get(index).nilai();
    }
  }

  private Optional<Evaluated> row(String key, FollowUp.Period period) {
    SopEvaluation.Evaluation evaluated = CurrentUser.asEngine(identity, () -> evaluation.evaluate(timing.window(
        period.from().atStartOfDay(zone).toInstant(), period.to().atStartOfDay(zone).toInstant(), null)));
    return evaluated.sops().stream().filter(row -> row.key().equals(key)).findFirst()
        .map(row -> new Evaluated(row, evaluated.limits()));
  }

  private static String penilaian(Optional<Evaluated> evaluated) {
    return evaluated.map(row -> row.row().penilaian()).orElse("tidak dievaluasi");
  }

  private static String answer(String nilai) {
    return nilai == null ? "tidak terukur dari data" : nilai;
  }

  /** The criterion a finding names by its number on the form (1-7). */
  private static Optional<Integer> criterion(String ref) {
    if (ref == null || !ref.matches("[1-7]")) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(ref) - 1);
  }
}
