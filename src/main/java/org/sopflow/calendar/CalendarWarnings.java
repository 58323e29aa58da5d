package org.sopflow.calendar;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A year without holiday file counts its holidays as working days: said at start-up (the log), in
 * the readiness check (component {@code kalender}, status {@value #WARNING}, which keeps the node
 * ready), and by {@code GET /api/kalender}, which Cockpit's dashboard shows as a banner; the
 * register lists it as a finding.
 */
@RestController("kalender")
class CalendarWarnings implements ApplicationRunner, HealthIndicator {

  static final String WARNING = "PERINGATAN";
  private static final Logger LOG = LoggerFactory.getLogger(CalendarWarnings.class);

  private final WorkingCalendar calendar;
  private final Clock clock;

  CalendarWarnings(WorkingCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<Integer> missing = calendar.yearsWithoutHolidays(clock);
    if (!missing.isEmpty()) {
      LOG.warn("Kalender kerja: {}", WorkingCalendar.missingHolidaysWarning(missing));
    }
  }

  @Override
  public Health health() {
    List<Integer> missing = calendar.yearsWithoutHolidays(clock);
    return missing.isEmpty() ? Health.up().build() : Health.status(new Status(WARNING)).build();
  }

  /** The years, this one and the next, without holiday file, and what that means. */
  @GetMapping(path = "/api/kalender", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> warnings() {
    List<Integer> missing = calendar.yearsWithoutHolidays(clock);
    return Map.of("tahunTanpaHariLibur", missing, "peringatan",
        missing.isEmpty() ? "" : WorkingCalendar.missingHolidaysWarning(missing));
  }
}
