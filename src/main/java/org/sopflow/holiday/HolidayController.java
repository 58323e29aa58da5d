package org.sopflow.holiday;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.sopflow.calendar.Holiday;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.engine.CurrentUser;
import org.sopflow.holiday.HolidayChange.Action;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/kalender/libur}: a year's days off as the working calendar counts them, and the office's
 * changes to them. Every logged-in user reads them (a due date is explained by them); only
 * camunda-admin changes them, naming the decree.
 */
@RestController
class HolidayController {

  private final OfficeHolidays holidays;
  private final WorkingCalendar calendar;
  private final IdentityService identity;
  private final Clock clock;

  HolidayController(OfficeHolidays holidays, WorkingCalendar calendar, IdentityService identity, Clock clock) {
    this.holidays = holidays;
    this.calendar = calendar;
    this.identity = identity;
    this.clock = clock;
  }

  /** A day off to add ({@code jenis}: libur-nasional, cuti-bersama or libur-daerah) or to take away (only tanggal and dasar). */
  record Permintaan(String tanggal, String nama, String jenis, String dasar) {
  }

  /** A day off as the calendar counts it: from a holiday file, the configuration or the office's changes. */
  record Libur(LocalDate tanggal, String nama, String jenis) {
  }

  /** What a change did: the change as recorded, and how many deadlines not yet passed moved with it. */
  record Hasil(HolidayChange perubahan, int tenggatBergeser) {
  }

  /**
   * The year's days off, whether the year still lacks its national list, and the office's changes in
   * it; with {@code opd}, that OPD's calendar: the city's days off and its own ({@code libur-opd}).
   */
  @GetMapping(path = "/api/kalender/libur", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> year(@RequestParam(required = false) Integer tahun, @RequestParam(required = false) String opd) {
    int year = tahun == null ? LocalDate.now(clock.withZone(calendar.zone())).getYear() : tahun;
    WorkingCalendar calendar = this.calendar.of(opd);
    boolean unlisted = !calendar.yearsWithoutHolidays(LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 1)).isEmpty();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("tahun", year);
    answer.put("peringatan", unlisted ? WorkingCalendar.missingHolidaysWarning(List.of(year)) : "");
    answer.put("libur", calendar.holidaysIn(year).stream()
        .map(holiday -> new Libur(holiday.date(), holiday.name(), holiday.kind())).toList());
    answer.put("perubahan", holidays.changes().stream().filter(change -> change.tanggal().getYear() == year).toList());
    return answer;
  }

  @PostMapping(path = "/api/kalender/libur", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Hasil add(@RequestBody(required = false) Permintaan permintaan) {
    Permintaan asked = checked(permintaan);
    String jenis = required("jenis", asked.jenis());
    if (!HolidayChange.KINDS.contains(jenis)) {
      throw refused("jenis: '" + jenis + "' is none of " + HolidayChange.KINDS);
    }
    return holidays.record(new HolidayChange(date(asked.tanggal()), Action.TAMBAH, required("nama", asked.nama()), jenis,
        required("dasar", asked.dasar()), CurrentUser.id(identity), null));
  }

  /** Takes a listed day off away (a cuti bersama the government cancelled), naming the decree. */
  @PostMapping(path = "/api/kalender/libur/hapus", produces = MediaType.APPLICATION_JSON_VALUE)
  Hasil remove(@RequestBody(required = false) Permintaan permintaan) {
    Permintaan asked = checked(permintaan);
    LocalDate date = date(asked.tanggal());
    Holiday listed = calendar.holiday(date)
        .orElseThrow(() -> refused("tanggal: " + date + " is no day off in the calendar; nothing to take away"));
    return holidays.record(new HolidayChange(date, Action.HAPUS, listed.name(), listed.kind(), required("dasar", asked.dasar()),
        CurrentUser.id(identity), null));
  }

  private Permintaan checked(Permintaan permintaan) {
    if (!CurrentUser.isAdmin(identity)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Changing the holidays is for camunda-admin");
    }
    if (permintaan == null) {
      throw refused("the request body: a JSON object with tanggal, nama, jenis and dasar");
    }
    return permintaan;
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(required("tanggal", value));
    } catch (DateTimeParseException e) {
      throw refused("tanggal: '" + value + "' is not a date like 2027-01-01");
    }
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw refused(field + ": required");
    }
    return value.trim();
  }

  private static ResponseStatusException refused(String message) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
  }
}
