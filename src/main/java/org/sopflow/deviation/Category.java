package org.sopflow.deviation;

/** The Ombudsman RI's forms of maladministration used by the rules (UU 37/2008). */
public enum Category {
  /** Undue delay. */
  PENUNDAAN_BERLARUT,
  /** Deviation from procedure. */
  PENYIMPANGAN_PROSEDUR,
  /** Failure to serve. */
  TIDAK_MEMBERIKAN_PELAYANAN
}
