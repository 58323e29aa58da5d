package org.sopflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** A date or instant given to an API: an ISO date means a whole day in the office's zone. */
public final class DateParameter {

  private DateParameter() {
  }

  /**
   * @param endOfDay for a date, the start of the next day (so {@code to=2026-11-30} includes that day)
   * @return null for a null value
   * @throws IllegalArgumentException naming the field and the accepted forms
   */
  public static Instant instant(String field, String value, ZoneId zone, boolean endOfDay) {
    if (value == null) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate date = LocalDate.parse(value);
        return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
      }
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          field + " '" + value + "' is not an ISO date (2026-11-28) or instant (2026-11-28T03:00:00Z)");
    }
  }
}
