package org.sopflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The working calendar ({@code sop.calendar.*}): working hours per weekday as periods such as
 * {@code 07:30-12:00}, the Ramadan periods with their own hours, and where the holidays are listed.
 *
 * @param zone the zone of the office's clock
 * @param week working periods per weekday; a missing weekday is not a working day
 * @param ramadan the Ramadan periods (first and last day) in which {@code ramadanWeek} applies
 * @param ramadanWeek working periods per weekday during Ramadan
 * @param holidayFiles a Spring resource pattern of the yearly holiday files
 * @param extraHolidays dates the operator adds (e.g. a regional holiday), with their names
 */
@ConfigurationProperties("sop.calendar")
public record CalendarProperties(
    @DefaultValue("Asia/Jakarta") ZoneId zone,
    Map<DayOfWeek, List<String>> week,
    List<Period> ramadan,
    Map<DayOfWeek, List<String>> ramadanWeek,
    @DefaultValue("classpath*:calendar/hari-libur-*.yaml") String holidayFiles,
    Map<LocalDate, String> extraHolidays) {

  public CalendarProperties {
    week = week == null || week.isEmpty() ? perpresWeek() : week;
    ramadan = ramadan == null ? List.of() : ramadan;
    ramadanWeek = ramadanWeek == null || ramadanWeek.isEmpty() ? ramadanWeekDefault() : ramadanWeek;
    extraHolidays = extraHolidays == null ? Map.of() : extraHolidays;
  }

  /** A span of whole days, both ends included. */
  public record Period(LocalDate from, LocalDate to) {
    boolean contains(LocalDate date) {
      return !date.isBefore(from) && !date.isAfter(to);
    }
  }

  /** 37.5 hours: Monday to Thursday 07:30-16:00 with a one-hour break, Friday 07:30-16:30 with 90 minutes. */
  static Map<DayOfWeek, List<String>> perpresWeek() {
    List<String> monToThu = List.of("07:30-12:00", "13:00-16:00");
    return Map.of(DayOfWeek.MONDAY, monToThu, DayOfWeek.TUESDAY, monToThu, DayOfWeek.WEDNESDAY, monToThu,
        DayOfWeek.THURSDAY, monToThu, DayOfWeek.FRIDAY, List.of("07:30-11:30", "13:00-16:30"));
  }

  /** 32.5 hours from 08:00: Monday to Thursday to 15:00 with 30 minutes' break, Friday to 15:30 with an hour. */
  static Map<DayOfWeek, List<String>> ramadanWeekDefault() {
    List<String> monToThu = List.of("08:00-12:00", "12:30-15:00");
    return Map.of(DayOfWeek.MONDAY, monToThu, DayOfWeek.TUESDAY, monToThu, DayOfWeek.WEDNESDAY, monToThu,
        DayOfWeek.THURSDAY, monToThu, DayOfWeek.FRIDAY, List.of("08:00-11:30", "12:30-15:30"));
  }
}
