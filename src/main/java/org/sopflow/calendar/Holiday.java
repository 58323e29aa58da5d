package org.sopflow.calendar;

import java.time.LocalDate;

/** A day off for the whole office: a national holiday, cuti bersama, or a date the operator added. */
public record Holiday(LocalDate date, String name, String kind) {

  /** The city's own day off (a local decree), which does not make a year's national list complete. */
  public static final String DAERAH = "libur-daerah";
}
