package org.sopflow.deviation;

/** What fired: each rule records events of one Ombudsman category. */
public enum Rule {
  STEP_OVERDUE(Category.PENUNDAAN_BERLARUT),
  SERVICE_OVERDUE(Category.PENUNDAAN_BERLARUT),
  COMPLETED_OUTSIDE_LANE(Category.PENYIMPANGAN_PROSEDUR),
  REASSIGNED_OUTSIDE_LANE(Category.PENYIMPANGAN_PROSEDUR),
  DUE_DATE_CHANGED(Category.PENYIMPANGAN_PROSEDUR),
  STEP_SKIPPED(Category.PENYIMPANGAN_PROSEDUR),
  INSTANCE_CANCELLED(Category.TIDAK_MEMBERIKAN_PELAYANAN);

  private final Category category;

  Rule(Category category) {
    this.category = category;
  }

  public Category category() {
    return category;
  }
}
