package org.sopflow.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The second form of Permenpan RB 35/2012, the evaluasi penerapan SOP: for every SOP, seven
 * criteria answered Ya or Tidak. Where the runs measure a criterion it comes prefilled with the
 * measure behind it; the others are left empty for the evaluator, as the form is signed by hand.
 */
final class PenerapanEvaluation {

  /** The criteria in the form's order. */
  static final List<String> CRITERIA = List.of(
      "Mampu mendorong peningkatan kinerja",
      "Mudah dipahami",
      "Mudah dilaksanakan",
      "Semua orang dapat menjalankan perannya masing-masing",
      "Mampu mengatasi permasalahan yang berkaitan dengan proses",
      "Mampu menjawab kebutuhan peningkatan kinerja organisasi",
      "Sinergi satu dengan lainnya");

  private PenerapanEvaluation() {
  }

  /** The form of one period, from the monitoring of the same period. */
  static Form of(SopEvaluation.Evaluation monitoring) {
    List<Row> rows = new ArrayList<>();
    for (SopEvaluation.Row sop : monitoring.sops()) {
      rows.add(new Row(sop.no(), sop.key(), sop.prosedur(), sop.nomor(), criteria(sop.figures(), monitoring.limits()),
          sop.tindakLanjutSebelumnya()));
    }
    return new Form(monitoring.from(), monitoring.to(), rows);
  }

  static List<Criterion> criteria(SopEvaluation.Figures figures, EvaluationProperties limits) {
    boolean ran = figures.started() > 0 || figures.stepsCompleted() > 0;
    List<Criterion> criteria = new ArrayList<>();
    criteria.add(figures.serviceOnTimeRate() == null ? open(0)
        : measured(0, figures.serviceOnTimeRate() >= limits.minServiceOnTimeRate(), EvaluationRule.percent(
            figures.serviceOnTimeRate()) + " layanan selesai dalam waktu layanan (batas "
            + EvaluationRule.percent(limits.minServiceOnTimeRate()) + ")"));
    criteria.add(open(1));
    criteria.add(figures.stepOnTimeRate() == null ? open(2)
        : measured(2, figures.stepOnTimeRate() >= limits.minStepOnTimeRate(), EvaluationRule.percent(
            figures.stepOnTimeRate()) + " langkah selesai dalam waktu standar (batas "
            + EvaluationRule.percent(limits.minStepOnTimeRate()) + ")"));
    long procedureEvents = EvaluationRule.procedureEvents(figures.eventsByCategory());
    criteria.add(!ran ? open(3) : measured(3, procedureEvents <= limits.maxProcedureEvents(), procedureEvents
        + " kejadian penyimpangan prosedur atau tidak memberikan pelayanan (batas " + limits.maxProcedureEvents() + ")"));
    for (int i = 4; i < CRITERIA.size(); i++) {
      criteria.add(open(i));
    }
    return criteria;
  }

  private static Criterion measured(int index, boolean met, String measure) {
    return new Criterion(CRITERIA.get(index), met ? "Ya" : "Tidak", measure);
  }

  private static Criterion open(int index) {
    return new Criterion(CRITERIA.get(index), null, null);
  }

  /** The form of one period. */
  public record Form(Instant from, Instant to, List<Row> sops) {
  }

  /** One SOP's row: No, Prosedur and the criteria. */
  public record Row(int no, String key, String prosedur, String nomor, List<Criterion> criteria,
                    List<String> tindakLanjutSebelumnya) {
  }

  /**
   * @param nilai "Ya" or "Tidak" where the runs measure the criterion; null for the evaluator to fill in
   * @param ukuran the measure behind a prefilled answer
   */
  public record Criterion(String kriteria, String nilai, String ukuran) {

    /** For the printed form: the answer is "Ya". */
    public boolean ya() {
      return "Ya".equals(nilai);
    }
  }
}
