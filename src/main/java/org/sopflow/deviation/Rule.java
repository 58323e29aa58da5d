package org.sopflow.deviation;

/** What fired: each rule records events of one Ombudsman category. */
public enum Rule {
  STEP_OVERDUE(Category.PENUNDAAN_BERLARUT, "Langkah melewati waktu standar"),
  SERVICE_OVERDUE(Category.PENUNDAAN_BERLARUT, "Layanan melewati waktu layanan"),
  COMPLETED_OUTSIDE_LANE(Category.PENYIMPANGAN_PROSEDUR, "Langkah diselesaikan di luar peran pelaksananya"),
  REASSIGNED_OUTSIDE_LANE(Category.PENYIMPANGAN_PROSEDUR, "Tugas dialihkan ke luar peran pelaksananya"),
  DUE_DATE_CHANGED(Category.PENYIMPANGAN_PROSEDUR, "Tenggat tugas diubah dari waktu standar"),
  STEP_SKIPPED(Category.PENYIMPANGAN_PROSEDUR, "Langkah dilewati"),
  INSTANCE_CANCELLED(Category.TIDAK_MEMBERIKAN_PELAYANAN, "Layanan dihentikan sebelum selesai");

  private final Category category;
  private final String label;

  Rule(Category category, String label) {
    this.category = category;
    this.label = label;
  }

  public Category category() {
    return category;
  }

  /** What happened, in Indonesian, for reports and Cockpit. */
  public String label() {
    return label;
  }
}
