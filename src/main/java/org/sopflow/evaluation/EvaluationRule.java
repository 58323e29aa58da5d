package org.sopflow.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The configurable rule that decides "berjalan dengan baik" ({@code sop.evaluation.*}), and its
 * wording on the document. Each failed condition gives a catatan and the action to take.
 */
final class EvaluationRule {

  /** Maladministration that is not a delay: the procedure was not followed, or the service was refused. */
  static final List<String> PROCEDURE_CATEGORIES = List.of("PENYIMPANGAN_PROSEDUR", "TIDAK_MEMBERIKAN_PELAYANAN");

  private final EvaluationProperties limits;

  EvaluationRule(EvaluationProperties limits) {
    this.limits = limits;
  }

  EvaluationProperties limits() {
    return limits;
  }

  /** The rule as printed on the document. */
  String text() {
    return "SOP dinilai berjalan dengan baik bila dalam periode evaluasi: (1) SOP dijalankan sedikitnya satu kali;"
        + " (2) sedikitnya " + percent(limits.minStepOnTimeRate()) + " langkah yang selesai, selesai dalam waktu standarnya;"
        + " (3) sedikitnya " + percent(limits.minServiceOnTimeRate()) + " layanan yang selesai, selesai dalam waktu"
        + " layanan (bagi SOP yang memiliki waktu layanan); (4) paling banyak " + limits.maxStepsOverStandard()
        + " langkah dengan waktu persentil ke-90 melebihi waktu standarnya; (5) paling banyak "
        + limits.maxProcedureEvents() + " kejadian maladministrasi berupa penyimpangan prosedur atau tidak"
        + " memberikan pelayanan. Semua waktu dihitung dalam jam kerja pada kalender kerja SOP.";
  }

  /** The failed conditions, each as a catatan and a tindakan; empty when the SOP runs well. */
  List<Finding> failures(SopEvaluation.Figures figures) {
    List<Finding> failures = new ArrayList<>();
    if (figures.started() == 0 && figures.stepsCompleted() == 0) {
      failures.add(new Finding("SOP tidak dijalankan dalam periode ini.",
          "Pastikan setiap layanan sejenis dijalankan dan dicatat melalui SOP ini, atau tinjau apakah SOP masih diperlukan."));
      return failures;
    }
    if (figures.stepOnTimeRate() != null && figures.stepOnTimeRate() < limits.minStepOnTimeRate()) {
      failures.add(new Finding("Hanya " + percent(figures.stepOnTimeRate()) + " langkah selesai dalam waktu standar ("
          + figures.stepsOnTime() + " dari " + figures.stepsCompleted() + "); batas " + percent(limits.minStepOnTimeRate()) + ".",
          "Tindak lanjuti keterlambatan dengan pelaksana dan atasannya; tinjau beban kerja peran yang terlambat."));
    }
    if (figures.serviceOnTimeRate() != null && figures.serviceOnTimeRate() < limits.minServiceOnTimeRate()) {
      failures.add(new Finding("Hanya " + percent(figures.serviceOnTimeRate()) + " layanan selesai dalam waktu layanan; batas "
          + percent(limits.minServiceOnTimeRate()) + ".",
          "Percepat penyelesaian layanan; pantau layanan yang mendekati batas waktu melalui filter Terlambat."));
    }
    if (figures.slowSteps().size() > limits.maxStepsOverStandard()) {
      failures.add(new Finding("Langkah dengan persentil ke-90 melebihi waktu standar: "
          + String.join("; ", figures.slowSteps().stream().map(SopEvaluation.SlowStep::text).toList()) + ".",
          "Kaji ulang langkah tersebut: sederhanakan prosedur, tambah pelaksana, atau revisi waktu standarnya."));
    }
    long procedureEvents = procedureEvents(figures.eventsByCategory());
    if (procedureEvents > limits.maxProcedureEvents()) {
      failures.add(new Finding(procedureEvents + " kejadian penyimpangan prosedur atau tidak memberikan pelayanan tercatat.",
          "Lakukan pembinaan kepada pelaksana atas kejadian yang tercatat dan pastikan urutan SOP diikuti."));
    }
    return failures;
  }

  static long procedureEvents(Map<String, Long> eventsByCategory) {
    return PROCEDURE_CATEGORIES.stream().mapToLong(category -> eventsByCategory.getOrDefault(category, 0L)).sum();
  }

  static String percent(double share) {
    return String.format(Locale.forLanguageTag("id-ID"), "%.1f %%", share * 100).replace(",0 %", " %");
  }

  /** One failed condition. */
  record Finding(String catatan, String tindakan) {
  }
}
