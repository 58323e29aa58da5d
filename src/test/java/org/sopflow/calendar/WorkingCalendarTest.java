package org.sopflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

class WorkingCalendarTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  /** The calendar of application.yaml, as the application binds it, plus a date an operator added. */
  static final WorkingCalendar CALENDAR = new WorkingCalendar(applicationCalendar(),
      HolidayFiles.read("classpath*:calendar/hari-libur-*.yaml"));

  private static CalendarProperties applicationCalendar() {
    try {
      var sources = new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"));
      CalendarProperties bound = new Binder(ConfigurationPropertySources.from(sources))
          .bind("sop.calendar", CalendarProperties.class).get();
      return new CalendarProperties(bound.zone(), bound.week(), bound.ramadan(), bound.ramadanWeek(),
          bound.holidayFiles(), Map.of(LocalDate.of(2026, 7, 3), "Hari Jadi Kota Probolinggo"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({
      // Friday afternoon: working hours only
      "2026-11-27T15:30, 2 jam, 2026-11-30T08:30",
      "2026-11-27T15:30, 1 jam, 2026-11-27T16:30",
      // the lunch break
      "2026-11-24T11:30, 1 jam, 2026-11-24T13:30",
      "2026-11-27T11:00, 1 jam, 2026-11-27T13:30",
      "2026-11-24T12:15, 15 menit, 2026-11-24T13:15",
      // working days at the same working moment
      "2026-11-24T10:00, 1 hari kerja, 2026-11-25T10:00",
      "2026-11-24T10:00, 1 minggu, 2026-12-01T10:00",
      "2026-11-27T16:15, 1 hari, 2026-11-30T15:45",
      "2026-11-27T17:00, 1 hari kerja, 2026-12-01T07:30",
      "2026-11-28T10:00, 2 jam, 2026-11-30T09:30",
      "2026-11-24T10:00, P1DT1H, 2026-11-25T11:00",
      // cuti bersama (24 Dec) and Natal (25 Dec)
      "2026-12-23T10:00, 1 hari kerja, 2026-12-28T10:00",
      "2026-12-23T15:00, 2 jam, 2026-12-28T08:30",
      // the year's end and Tahun Baru
      "2025-12-31T10:00, 1 hari kerja, 2026-01-02T10:00",
      // 18 February 2026 is not yet Ramadan (1 Ramadan 1447 H is 19 February by the isbat)
      "2026-02-18T14:30, 1 jam, 2026-02-18T15:30",
      "2026-02-19T14:30, 1 jam, 2026-02-20T08:30",
      // Ramadan: 08:00-15:00 on Wednesday
      "2026-02-25T14:30, 1 jam, 2026-02-26T08:30",
      "2026-02-25T07:45, 1 jam, 2026-02-25T09:00",
      // a date the operator added
      "2026-07-02T15:00, 2 jam, 2026-07-06T08:30",
  })
  void addsStandardTimesInWorkingTime(String start, String waktu, String due) {
    assertThat(CALENDAR.plus(wib(start), StandardTime.parse(waktu), CalendarKind.HARI_KERJA)).isEqualTo(wib(due));
  }

  @ParameterizedTest(name = "24-jam: {0} + {1} = {2}")
  @CsvSource({
      "2026-11-27T15:30, 2 jam, 2026-11-27T17:30",
      "2026-11-27T15:30, 1 hari, 2026-11-28T15:30",
      "2026-12-24T20:00, 2 x 24 jam, 2026-12-26T20:00",
  })
  void roundTheClockSopsCountPlainClockTime(String start, String waktu, String due) {
    assertThat(CALENDAR.plus(wib(start), StandardTime.parse(waktu), CalendarKind.ROUND_THE_CLOCK)).isEqualTo(wib(due));
  }

  @ParameterizedTest(name = "{0} - {1} = {2}")
  @CsvSource({
      "2026-12-01T10:00, 1 hari kerja, 2026-11-30T10:00",
      // from a day's close, the close of the working day before
      "2026-11-26T16:00, 1 hari kerja, 2026-11-25T16:00",
      // back across the lunch break, and across the weekend to Friday's close
      "2026-11-24T14:00, 2 jam, 2026-11-24T11:00",
      "2026-11-30T08:00, 1 jam, 2026-11-27T16:00",
      // back across cuti bersama (24 Dec) and Natal (25 Dec)
      "2026-12-28T10:00, 1 hari kerja, 2026-12-23T10:00",
  })
  void subtractsLeadTimesInWorkingTime(String end, String waktu, String start) {
    assertThat(CALENDAR.minus(wib(end), StandardTime.parse(waktu), CalendarKind.HARI_KERJA)).isEqualTo(wib(start));
  }

  @Test
  void theEndOfADateIsTheCloseOfItsLastWorkingDayOrMidnight() {
    assertThat(CALENDAR.endOf(LocalDate.of(2026, 11, 26), CalendarKind.HARI_KERJA)).isEqualTo(wib("2026-11-26T16:00"));
    assertThat(CALENDAR.endOf(LocalDate.of(2026, 11, 27), CalendarKind.HARI_KERJA)).isEqualTo(wib("2026-11-27T16:30"));
    // an event on Sunday: the office's work on it ends on Friday
    assertThat(CALENDAR.endOf(LocalDate.of(2026, 11, 29), CalendarKind.HARI_KERJA)).isEqualTo(wib("2026-11-27T16:30"));
    assertThat(CALENDAR.endOf(LocalDate.of(2026, 11, 29), CalendarKind.ROUND_THE_CLOCK)).isEqualTo(wib("2026-11-30T00:00"));
    assertThat(CALENDAR.minus(wib("2026-11-28T10:00"), StandardTime.parse("2 jam"), CalendarKind.ROUND_THE_CLOCK))
        .isEqualTo(wib("2026-11-28T08:00"));
  }

  @Test
  void addsWorkingSecondsFromAMoment() {
    assertThat(CALENDAR.plusWorkingTime(wib("2026-11-26T11:00"), 30 * 3600, CalendarKind.HARI_KERJA))
        .isEqualTo(wib("2026-12-02T11:00"));
    assertThat(CALENDAR.plusWorkingTime(wib("2026-11-26T11:00"), 3600, CalendarKind.ROUND_THE_CLOCK))
        .isEqualTo(wib("2026-11-26T12:00"));
  }

  @Test
  void measuresWorkingTimeBetweenTwoMoments() {
    // Friday 15:00-16:30 and Monday 07:30-08:00
    assertThat(CALENDAR.workingSecondsBetween(wib("2026-11-27T15:00"), wib("2026-11-30T08:00"), CalendarKind.HARI_KERJA))
        .isEqualTo(7200);
    assertThat(CALENDAR.workingSecondsBetween(wib("2026-11-24T07:30"), wib("2026-11-24T16:00"), CalendarKind.HARI_KERJA))
        .isEqualTo(27000);
    assertThat(CALENDAR.workingSecondsBetween(wib("2026-11-27T15:00"), wib("2026-11-30T08:00"), CalendarKind.ROUND_THE_CLOCK))
        .isEqualTo(65 * 3600);
  }

  @Test
  void knowsHolidaysAndTheLengthOfAWorkingDay() {
    assertThat(CALENDAR.workingDaySeconds()).isEqualTo(27000);
    assertThat(CALENDAR.seconds(StandardTime.parse("1 hari kerja"), CalendarKind.HARI_KERJA)).isEqualTo(27000);
    assertThat(CALENDAR.seconds(StandardTime.parse("1 hari"), CalendarKind.ROUND_THE_CLOCK)).isEqualTo(86400);
    assertThat(CALENDAR.holiday(LocalDate.of(2026, 12, 24))).get().extracting(Holiday::kind).isEqualTo("cuti-bersama");
    assertThat(CALENDAR.holiday(LocalDate.of(2025, 8, 17))).get().extracting(Holiday::kind).isEqualTo("libur-nasional");
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 11, 27))).isTrue();
  }

  @Test
  void refusesAWorkingPeriodThatCannotBeRead() {
    assertThatThrownBy(() -> new WorkingCalendar(new CalendarProperties(WIB,
        Map.of(DayOfWeek.MONDAY, List.of("16:00-07:30")), null, null, "", null), List.of()))
        .hasMessageContaining("sop.calendar.week.monday: '16:00-07:30' is not a working period");
  }

  @Test
  void refusesAHolidayOutsideItsFilesYear() {
    String yaml = "tahun: 2027\nsumber: uji\nlibur:\n  - {tanggal: 2026-01-01, nama: Salah, jenis: libur-nasional}\n";
    assertThatThrownBy(() -> HolidayFiles.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "x.yaml"))
        .hasMessageContaining("x.yaml").hasMessageContaining("outside tahun 2027");
  }

  @Test
  void anOpdsOwnHoursAndHolidaysStandOnTheCitysCalendar() {
    WorkingCalendar city = new WorkingCalendar(applicationCalendar(), HolidayFiles.read("classpath*:calendar/hari-libur-*.yaml"));
    List<String> weekday = List.of("07:30-12:00", "13:00-16:00");
    city.useOpdCalendar("kecamatan", new OpdCalendar(Map.of("senin", weekday, "selasa", weekday, "rabu", weekday,
        "kamis", weekday, "jumat", weekday, "sabtu", List.of("08:00-12:00")), Map.of(),
        List.of(new Holiday(LocalDate.of(2026, 11, 26), "Hari jadi kecamatan", OpdCalendar.LIBUR_OPD))), "opd.yaml");
    WorkingCalendar kecamatan = city.of("kecamatan");

    // Friday 15:30 + 2 jam: the city works on on Monday, the kecamatan on Saturday
    assertThat(city.plus(wib("2026-11-27T15:30"), StandardTime.parse("2 jam"), CalendarKind.HARI_KERJA))
        .isEqualTo(wib("2026-11-30T08:30"));
    assertThat(kecamatan.plus(wib("2026-11-27T15:30"), StandardTime.parse("2 jam"), CalendarKind.HARI_KERJA))
        .isEqualTo(wib("2026-11-28T09:30"));
    // its own day off is not the city's; the city's national holidays and cuti bersama are its too
    assertThat(kecamatan.isWorkingDay(LocalDate.of(2026, 11, 26))).isFalse();
    assertThat(city.isWorkingDay(LocalDate.of(2026, 11, 26))).isTrue();
    assertThat(kecamatan.holiday(LocalDate.of(2026, 12, 24))).get().extracting(Holiday::kind).isEqualTo("cuti-bersama");
    // a day of 7.5 hours on five days and 4 on Saturday: its working day is their mean
    assertThat(kecamatan.workingDaySeconds()).isEqualTo((5 * 27000 + 4 * 3600) / 6);
    // an OPD without a calendar of its own, and an SOP without tenant, count on the city's
    assertThat(city.of("diskominfo")).isSameAs(city);
    assertThat(city.of(null)).isSameAs(city);
    assertThat(kecamatan.of("diskominfo")).isSameAs(city);
  }

  @Test
  void theCitysHolidayChangesReachAnOpdsCalendarAndASnapshotKeepsItAsItWas() {
    WorkingCalendar city = new WorkingCalendar(applicationCalendar(), List.of());
    city.useOpdCalendar("kecamatan", new OpdCalendar(Map.of(), Map.of(),
        List.of(new Holiday(LocalDate.of(2026, 11, 26), "Hari jadi kecamatan", OpdCalendar.LIBUR_OPD))), "opd.yaml");
    WorkingCalendar before = city.snapshot();

    city.useOfficeChanges(List.of(new Holiday(LocalDate.of(2026, 11, 25), "Libur daerah", Holiday.DAERAH)), java.util.Set.of());

    assertThat(city.of("kecamatan").isWorkingDay(LocalDate.of(2026, 11, 25))).isFalse();
    assertThat(city.of("kecamatan").isWorkingDay(LocalDate.of(2026, 11, 26))).isFalse();
    assertThat(before.of("kecamatan").isWorkingDay(LocalDate.of(2026, 11, 25))).isTrue();
    assertThat(before.of("kecamatan").isWorkingDay(LocalDate.of(2026, 11, 26))).isFalse();
    assertThat(city.of("kecamatan").workingDaySeconds()).isEqualTo(city.workingDaySeconds());
  }

  @Test
  void refusesAnOpdsDayOrPeriodThatCannotBeReadNamingTheFile() {
    WorkingCalendar city = new WorkingCalendar(applicationCalendar(), List.of());
    assertThatThrownBy(() -> city.useOpdCalendar("kecamatan", new OpdCalendar(Map.of("sabtu", List.of("12-08")),
        Map.of(), List.of()), "processes/kecamatan/opd.yaml"))
        .hasMessageContaining("processes/kecamatan/opd.yaml jam-kerja.sabtu: '12-08' is not a working period");
    assertThatThrownBy(() -> city.useOpdCalendar("kecamatan", new OpdCalendar(Map.of("saturday", List.of("08:00-12:00")),
        Map.of(), List.of()), "processes/kecamatan/opd.yaml"))
        .hasMessageContaining("processes/kecamatan/opd.yaml jam-kerja: 'saturday' is not a day");
  }

  static Instant wib(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
  }
}
