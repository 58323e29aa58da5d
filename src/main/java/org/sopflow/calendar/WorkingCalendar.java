package org.sopflow.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Working time of the office: working periods per weekday (other hours in Ramadan), without
 * weekends, national holidays and cuti bersama. Standard times of a {@code hari-kerja} SOP count on
 * it; a {@code 24-jam} SOP counts plain clock time.
 *
 * <p>This bean is the city's calendar. An OPD with hours or local holidays of its own has its own
 * calendar on top of it ({@link #of(String)}): its hours replace the city's, its holidays add to the
 * city's, and the city's holiday changes reach it at once.
 */
public final class WorkingCalendar {

  /** How far a deadline may lie ahead before the calendar is considered broken (no working day). */
  private static final int MAX_DAYS_SEARCHED = 3660;

  private final ZoneId zone;
  private final Map<DayOfWeek, List<WorkingPeriod>> week;
  private final Map<DayOfWeek, List<WorkingPeriod>> ramadanWeek;
  private final List<CalendarProperties.Period> ramadan;
  /** From the holiday files and {@code sop.calendar.extra-holidays}: what the office's own changes start from. */
  private final DaysOff configured;
  /** The configured days off with the office's own changes; replaced whole, so readers never see half a change. */
  private volatile DaysOff daysOff;
  private final long workingDaySeconds;
  /** Null for the city's calendar; for an OPD's, the city's it stands on and the OPD's tenant id. */
  private final WorkingCalendar city;
  private final String opd;
  /** The OPDs' calendars by tenant id (the city's calendar only). */
  private final Map<String, WorkingCalendar> opds = new ConcurrentHashMap<>();
  /** An OPD's days off: the city's as they were last read, with the OPD's own laid over them. */
  private volatile Merged merged;

  public WorkingCalendar(CalendarProperties properties, List<Holiday> holidays) {
    this.zone = properties.zone();
    this.week = periods(properties.week(), "sop.calendar.week");
    this.ramadanWeek = periods(properties.ramadanWeek(), "sop.calendar.ramadan-week");
    this.ramadan = properties.ramadan();
    Map<LocalDate, Holiday> listed = new HashMap<>();
    holidays.forEach(holiday -> listed.put(holiday.date(), holiday));
    properties.extraHolidays().forEach((date, name) -> listed.put(date, new Holiday(date, name, "tambahan")));
    this.configured = new DaysOff(Map.copyOf(listed),
        holidays.stream().map(holiday -> holiday.date().getYear()).collect(Collectors.toUnmodifiableSet()));
    this.daysOff = configured;
    this.workingDaySeconds = workingDaySeconds(week, "sop.calendar.week");
    this.city = null;
    this.opd = null;
  }

  /** An OPD's calendar over the city's: its own hours, the city's days off and its own. */
  private WorkingCalendar(WorkingCalendar city, String opd, Map<DayOfWeek, List<WorkingPeriod>> week,
                          Map<DayOfWeek, List<WorkingPeriod>> ramadanWeek, DaysOff own, String source) {
    this.zone = city.zone;
    this.week = week;
    this.ramadanWeek = ramadanWeek;
    this.ramadan = city.ramadan;
    this.configured = own;
    this.workingDaySeconds = workingDaySeconds(week, source);
    this.city = city;
    this.opd = opd;
  }

  /** A copy standing on {@code city} (null: a copy of the city's calendar with its days off as they are). */
  private WorkingCalendar(WorkingCalendar original, WorkingCalendar city) {
    this.zone = original.zone;
    this.week = original.week;
    this.ramadanWeek = original.ramadanWeek;
    this.ramadan = original.ramadan;
    this.configured = original.configured;
    this.daysOff = original.daysOff;
    this.workingDaySeconds = original.workingDaySeconds;
    this.city = city;
    this.opd = original.opd;
  }

  private static long workingDaySeconds(Map<DayOfWeek, List<WorkingPeriod>> week, String property) {
    long weekSeconds = week.values().stream().flatMap(List::stream).mapToLong(WorkingPeriod::seconds).sum();
    long workingDays = week.values().stream().filter(day -> !day.isEmpty()).count();
    if (workingDays == 0) {
      throw new IllegalArgumentException(property + " has no working period on any day");
    }
    return weekSeconds / workingDays;
  }

  /**
   * The calendar as it is now, unchanged by later changes: to measure deadlines against before a
   * change. The city's snapshot holds its OPDs' calendars as they are now.
   */
  public WorkingCalendar snapshot() {
    if (city != null) {
      return city.snapshot().of(opd);
    }
    WorkingCalendar frozen = new WorkingCalendar(this, null);
    opds.forEach((tenantId, calendar) -> frozen.opds.put(tenantId, new WorkingCalendar(calendar, frozen)));
    return frozen;
  }

  /**
   * The calendar of an OPD's work: its own where it has hours or holidays of its own, else the
   * city's (also for null, an SOP without tenant).
   */
  public WorkingCalendar of(String tenantId) {
    if (city != null) {
      return city.of(tenantId);
    }
    return tenantId == null ? this : opds.getOrDefault(tenantId, this);
  }

  /**
   * Gives an OPD a calendar of its own on top of the city's, replacing any it had.
   *
   * @param tenantId the OPD
   * @param hours its hours and holidays, as its {@code opd.yaml} writes them
   * @param source where they are written, for the errors that name it (e.g. {@code processes/x/opd.yaml})
   * @throws IllegalArgumentException naming the source and field of a period or date that cannot be read
   */
  public void useOpdCalendar(String tenantId, OpdCalendar hours, String source) {
    if (city != null) {
      throw new IllegalStateException("an OPD's calendar stands on the city's; give it to the city's");
    }
    if (hours.isEmpty()) {
      opds.remove(tenantId);
      return;
    }
    Map<DayOfWeek, List<WorkingPeriod>> ownWeek = hours.jamKerja().isEmpty() ? week
        : periods(hours.week(source + " jam-kerja"), source + " jam-kerja", OpdCalendar::hari);
    Map<DayOfWeek, List<WorkingPeriod>> ownRamadanWeek = !hours.jamKerjaRamadan().isEmpty()
        ? periods(hours.ramadanWeek(source + " jam-kerja-ramadan"), source + " jam-kerja-ramadan", OpdCalendar::hari)
        : hours.jamKerja().isEmpty() ? ramadanWeek : ownWeek;
    Map<LocalDate, Holiday> own = new HashMap<>();
    hours.hariLibur().forEach(holiday -> own.put(holiday.date(), holiday));
    opds.put(tenantId, new WorkingCalendar(this, tenantId, ownWeek, ownRamadanWeek,
        new DaysOff(Map.copyOf(own), Set.of()), source + " jam-kerja"));
  }

  /** The OPDs with a calendar of their own. */
  public Set<String> opdsWithOwnCalendar() {
    return city != null ? city.opdsWithOwnCalendar() : Set.copyOf(opds.keySet());
  }

  /**
   * The holidays the office added (national, cuti bersama or the city's own, from a decree) and the
   * configured ones it removed, over the holiday files; a year with an added national holiday or
   * cuti bersama counts as listed.
   */
  public void useOfficeChanges(List<Holiday> added, Set<LocalDate> removed) {
    if (city != null) {
      throw new IllegalStateException("the office's holiday changes are the city's; give them to the city's calendar");
    }
    Map<LocalDate, Holiday> changed = new HashMap<>(configured.holidays());
    removed.forEach(changed::remove);
    added.forEach(holiday -> changed.put(holiday.date(), holiday));
    Set<Integer> years = new HashSet<>(configured.listedYears());
    added.stream().filter(holiday -> !Holiday.DAERAH.equals(holiday.kind()))
        .forEach(holiday -> years.add(holiday.date().getYear()));
    this.daysOff = new DaysOff(Map.copyOf(changed), Set.copyOf(years));
  }

  /**
   * The days off by date, and the years whose national list is known (a holiday file, or a national
   * holiday or cuti bersama the office added).
   */
  private record DaysOff(Map<LocalDate, Holiday> holidays, Set<Integer> listedYears) {

    /** These days off with an OPD's own laid over them; the years listed stay these. */
    DaysOff with(DaysOff own) {
      Map<LocalDate, Holiday> both = new HashMap<>(holidays);
      both.putAll(own.holidays());
      return new DaysOff(Map.copyOf(both), listedYears);
    }
  }

  private record Merged(DaysOff cityDays, DaysOff days) {
  }

  /** The days off now: the city's, and for an OPD's calendar its own over them (merged again when the city's change). */
  private DaysOff daysOff() {
    if (city == null) {
      return daysOff;
    }
    DaysOff cityDays = city.daysOff();
    Merged current = merged;
    if (current == null || current.cityDays() != cityDays) {
      current = new Merged(cityDays, cityDays.with(configured));
      merged = current;
    }
    return current.days();
  }

  /** Every holiday of one year, by date. */
  public List<Holiday> holidaysIn(int year) {
    return daysOff().holidays().values().stream().filter(holiday -> holiday.date().getYear() == year)
        .sorted(Comparator.comparing(Holiday::date)).toList();
  }

  /**
   * The years from {@code from} to {@code to} (both included) that no holiday file covers: their
   * national holidays and cuti bersama would count as working days.
   */
  public List<Integer> yearsWithoutHolidays(LocalDate from, LocalDate to) {
    List<Integer> missing = new ArrayList<>();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      if (!daysOff().listedYears().contains(year)) {
        missing.add(year);
      }
    }
    return missing;
  }

  /** The years without a holiday file among this one and the next, as deadlines reach a year ahead. */
  public List<Integer> yearsWithoutHolidays(java.time.Clock clock) {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    return yearsWithoutHolidays(today, today.plusYears(1));
  }

  /** What staff and the administrator read of a year without holiday file. */
  public static String missingHolidaysWarning(List<Integer> years) {
    return "Belum ada daftar hari libur untuk tahun " + years.stream().map(String::valueOf)
        .collect(java.util.stream.Collectors.joining(", ")) + " (calendar/hari-libur-TAHUN.yaml, atau Admin › Sistem ›"
        + " Hari libur, dari SKB 3 Menteri tahun itu): hari libur nasional dan cuti bersama tahun itu dihitung sebagai"
        + " hari kerja";
  }

  /** The standard deadline: {@code start} plus a standard time on the given kind of calendar. */
  public Instant plus(Instant start, StandardTime time, CalendarKind kind) {
    if (kind == CalendarKind.ROUND_THE_CLOCK) {
      return start.plus(Duration.ofDays(time.workingDays())).plus(time.clockTime());
    }
    return plusWorkingSeconds(plusWorkingDays(start, time.workingDays()), time.clockTime().toSeconds());
  }

  /** {@code start} plus working seconds (plain seconds on a {@code 24-jam} calendar). */
  public Instant plusWorkingTime(Instant start, long seconds, CalendarKind kind) {
    return kind == CalendarKind.ROUND_THE_CLOCK ? start.plusSeconds(seconds) : plusWorkingSeconds(start, seconds);
  }

  /**
   * The moment a standard time before {@code end}: the latest start that still meets {@code end}
   * (a lead time before the date of a request). Working days keep the working moment of the day.
   */
  public Instant minus(Instant end, StandardTime time, CalendarKind kind) {
    if (kind == CalendarKind.ROUND_THE_CLOCK) {
      return end.minus(Duration.ofDays(time.workingDays())).minus(time.clockTime());
    }
    return minusWorkingSeconds(minusWorkingDays(end, time.workingDays()), time.clockTime().toSeconds());
  }

  /**
   * The last moment of a date for work on the calendar: on {@code hari-kerja} the close of the
   * last working day on or before it (the office does not work on a Sunday event's day), on
   * {@code 24-jam} the midnight that ends it.
   */
  public Instant endOf(LocalDate date, CalendarKind kind) {
    if (kind == CalendarKind.ROUND_THE_CLOCK) {
      return date.plusDays(1).atStartOfDay(zone).toInstant();
    }
    LocalDate day = isWorkingDay(date) ? date : previousWorkingDay(date);
    List<WorkingPeriod> periods = periods(day);
    return at(day, periods.get(periods.size() - 1).end());
  }

  /** Working seconds from {@code from} to {@code to} (zero when {@code to} is not later). */
  public long workingSecondsBetween(Instant from, Instant to, CalendarKind kind) {
    if (!to.isAfter(from)) {
      return 0;
    }
    if (kind == CalendarKind.ROUND_THE_CLOCK) {
      return Duration.between(from, to).toSeconds();
    }
    long seconds = 0;
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
      for (WorkingPeriod period : periods(day)) {
        Instant start = max(from, at(day, period.start()));
        Instant end = min(to, at(day, period.end()));
        if (end.isAfter(start)) {
          seconds += Duration.between(start, end).toSeconds();
        }
      }
    }
    return seconds;
  }

  /** A standard time in working seconds: a working day counts as a regular day's working time. */
  public long seconds(StandardTime time, CalendarKind kind) {
    return time.seconds(kind == CalendarKind.ROUND_THE_CLOCK ? Duration.ofDays(1).toSeconds() : workingDaySeconds);
  }

  /** Working seconds as an SOP table writes them: {@code 1 hari kerja 2 jam 30 menit}. */
  public String describe(long seconds, CalendarKind kind) {
    boolean roundTheClock = kind == CalendarKind.ROUND_THE_CLOCK;
    return StandardTime.describe(seconds, roundTheClock ? Duration.ofDays(1).toSeconds() : workingDaySeconds, roundTheClock);
  }

  /** The length of a regular working day, for expressing working days in seconds. */
  public long workingDaySeconds() {
    return workingDaySeconds;
  }

  public boolean isWorkingDay(LocalDate date) {
    return !periods(date).isEmpty();
  }

  public Optional<Holiday> holiday(LocalDate date) {
    return Optional.ofNullable(daysOff().holidays().get(date));
  }

  public ZoneId zone() {
    return zone;
  }

  /** The working periods of one date: none on weekends and holidays, Ramadan hours in Ramadan. */
  List<WorkingPeriod> periods(LocalDate date) {
    if (daysOff().holidays().containsKey(date)) {
      return List.of();
    }
    boolean inRamadan = ramadan.stream().anyMatch(period -> period.contains(date));
    return (inRamadan ? ramadanWeek : week).getOrDefault(date.getDayOfWeek(), List.of());
  }

  /**
   * N working days later at the same working moment: as many working seconds into the target day
   * as the start was into its own (capped at the target day's length). A start outside working
   * hours counts from the beginning of the next working day.
   */
  private Instant plusWorkingDays(Instant start, int days) {
    if (days == 0) {
      return start;
    }
    ZonedDateTime local = start.atZone(zone);
    LocalDate day = local.toLocalDate();
    long offset = secondsIntoDay(day, local.toLocalTime());
    if (offset < 0) {
      day = nextWorkingDay(day);
      offset = 0;
    }
    for (int i = 0; i < days; i++) {
      day = nextWorkingDay(day);
    }
    return momentInto(day, offset);
  }

  /** N working days earlier at the same working moment; from outside working hours, from the close before. */
  private Instant minusWorkingDays(Instant end, int days) {
    if (days == 0) {
      return end;
    }
    ZonedDateTime local = end.atZone(zone);
    LocalDate day = local.toLocalDate();
    long offset = isWorkingDay(day) ? workingSecondsOfDayUntil(day, local.toLocalTime()) : 0;
    if (offset == 0) {
      day = previousWorkingDay(day);
      offset = periods(day).stream().mapToLong(WorkingPeriod::seconds).sum();
    }
    for (int i = 0; i < days; i++) {
      day = previousWorkingDay(day);
    }
    return momentInto(day, offset);
  }

  private Instant minusWorkingSeconds(Instant end, long seconds) {
    if (seconds == 0) {
      return end;
    }
    ZonedDateTime local = end.atZone(zone);
    LocalDate day = local.toLocalDate();
    LocalTime until = local.toLocalTime();
    long remaining = seconds;
    for (int i = 0; i < MAX_DAYS_SEARCHED; i++, day = day.minusDays(1), until = LocalTime.MAX) {
      List<WorkingPeriod> periods = periods(day);
      for (int p = periods.size() - 1; p >= 0; p--) {
        WorkingPeriod period = periods.get(p);
        if (!period.start().isBefore(until)) {
          continue;
        }
        LocalTime finish = until.isBefore(period.end()) ? until : period.end();
        long available = Duration.between(period.start(), finish).toSeconds();
        if (remaining <= available) {
          return at(day, finish).minusSeconds(remaining);
        }
        remaining -= available;
      }
    }
    throw new IllegalStateException("No working time within " + MAX_DAYS_SEARCHED + " days before " + end);
  }

  /** Working seconds of a day before {@code time}, the whole day's after its close. */
  private long workingSecondsOfDayUntil(LocalDate day, LocalTime time) {
    long seconds = 0;
    for (WorkingPeriod period : periods(day)) {
      if (time.isAfter(period.start())) {
        LocalTime end = time.isBefore(period.end()) ? time : period.end();
        seconds += Duration.between(period.start(), end).toSeconds();
      }
    }
    return seconds;
  }

  private Instant plusWorkingSeconds(Instant start, long seconds) {
    if (seconds == 0) {
      return start;
    }
    ZonedDateTime local = start.atZone(zone);
    LocalDate day = local.toLocalDate();
    LocalTime from = local.toLocalTime();
    long remaining = seconds;
    for (int i = 0; i < MAX_DAYS_SEARCHED; i++, day = day.plusDays(1), from = LocalTime.MIN) {
      for (WorkingPeriod period : periods(day)) {
        if (!period.end().isAfter(from)) {
          continue;
        }
        LocalTime begin = from.isAfter(period.start()) ? from : period.start();
        long available = Duration.between(begin, period.end()).toSeconds();
        if (remaining <= available) {
          return at(day, begin).plusSeconds(remaining);
        }
        remaining -= available;
      }
    }
    throw new IllegalStateException("No working time within " + MAX_DAYS_SEARCHED + " days of " + start);
  }

  /** Working seconds of {@code day} before {@code time}; -1 when the day is over or not a working day. */
  private long secondsIntoDay(LocalDate day, LocalTime time) {
    List<WorkingPeriod> periods = periods(day);
    if (periods.isEmpty() || !time.isBefore(periods.get(periods.size() - 1).end())) {
      return -1;
    }
    return workingSecondsOfDayUntil(day, time);
  }

  private Instant momentInto(LocalDate day, long offset) {
    long remaining = offset;
    List<WorkingPeriod> periods = periods(day);
    for (WorkingPeriod period : periods) {
      if (remaining <= period.seconds()) {
        return at(day, period.start()).plusSeconds(remaining);
      }
      remaining -= period.seconds();
    }
    return at(day, periods.get(periods.size() - 1).end());
  }

  private LocalDate nextWorkingDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    for (int i = 0; i < MAX_DAYS_SEARCHED; i++, next = next.plusDays(1)) {
      if (isWorkingDay(next)) {
        return next;
      }
    }
    throw new IllegalStateException("No working day within " + MAX_DAYS_SEARCHED + " days after " + day);
  }

  private LocalDate previousWorkingDay(LocalDate day) {
    LocalDate previous = day.minusDays(1);
    for (int i = 0; i < MAX_DAYS_SEARCHED; i++, previous = previous.minusDays(1)) {
      if (isWorkingDay(previous)) {
        return previous;
      }
    }
    throw new IllegalStateException("No working day within " + MAX_DAYS_SEARCHED + " days before " + day);
  }

  private Instant at(LocalDate day, LocalTime time) {
    return LocalDateTime.of(day, time).atZone(zone).toInstant();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Map<DayOfWeek, List<WorkingPeriod>> periods(Map<DayOfWeek, List<String>> texts, String property) {
    return periods(texts, property, day -> day.name().toLowerCase(Locale.ROOT));
  }

  private static Map<DayOfWeek, List<WorkingPeriod>> periods(Map<DayOfWeek, List<String>> texts, String property,
                                                             Function<DayOfWeek, String> dayName) {
    Map<DayOfWeek, List<WorkingPeriod>> periods = new EnumMap<>(DayOfWeek.class);
    texts.forEach((day, list) -> {
      List<WorkingPeriod> parsed = new ArrayList<>();
      for (String text : list) {
        WorkingPeriod period = WorkingPeriod.parse(text, property + "." + dayName.apply(day));
        if (!parsed.isEmpty() && period.start().isBefore(parsed.get(parsed.size() - 1).end())) {
          throw new IllegalArgumentException(property + "." + dayName.apply(day)
              + ": periods must be in order and must not overlap: " + list);
        }
        parsed.add(period);
      }
      periods.put(day, List.copyOf(parsed));
    });
    return periods;
  }

  /** A stretch of working time within one day, e.g. 07:30-12:00. */
  record WorkingPeriod(LocalTime start, LocalTime end) {

    static WorkingPeriod parse(String text, String property) {
      String[] parts = text.split("-");
      try {
        WorkingPeriod period = new WorkingPeriod(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
        if (parts.length != 2 || !period.end.isAfter(period.start)) {
          throw new IllegalArgumentException();
        }
        return period;
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(property + ": '" + text + "' is not a working period; write it as"
            + " HH:mm-HH:mm with the end after the start, e.g. 07:30-12:00");
      }
    }

    long seconds() {
      return Duration.between(start, end).toSeconds();
    }
  }
}
