package org.sopflow.deviation;

/**
 * The forms of maladministration the rules record, as the Ombudsman RI names them (UU 37/2008
 * Pasal 1 angka 3; listed in Peraturan Ombudsman 26/2017 as amended by Peraturan Ombudsman
 * 48/2020). Reports and Cockpit show the {@link #label()}, APIs the code.
 */
public enum Category {
  /** Undue delay. */
  PENUNDAAN_BERLARUT("Penundaan berlarut"),
  /** Deviation from procedure. */
  PENYIMPANGAN_PROSEDUR("Penyimpangan prosedur"),
  /** Failure to serve. */
  TIDAK_MEMBERIKAN_PELAYANAN("Tidak memberikan pelayanan");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  /** The Ombudsman's name of the category, in Indonesian. */
  public String label() {
    return label;
  }
}
