package org.sopflow.calendar;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Which clock an SOP's standard times run on ({@code sop.kalender}). */
public enum CalendarKind {
  /** Working days and hours, without holidays and cuti bersama: the default. */
  HARI_KERJA("hari-kerja"),
  /** Plain clock time, for services that run around the clock. */
  ROUND_THE_CLOCK("24-jam");

  private final String value;

  CalendarKind(String value) {
    this.value = value;
  }

  @JsonValue
  public String value() {
    return value;
  }

  public static Optional<CalendarKind> fromValue(String value) {
    return Arrays.stream(values()).filter(kind -> kind.value.equals(value)).findFirst();
  }
}
