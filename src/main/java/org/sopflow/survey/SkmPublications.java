package org.sopflow.survey;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.sopflow.calendar.WorkingCalendar;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The SKM periods published (PermenPAN-RB 14/2017): the head of an OPD publishes a period of its own
 * once its figures are final, and the public page {@code /skm} shows it from then on.
 */
@Service
class SkmPublications {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
      Locale.forLanguageTag("id-ID"));

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ZoneId zone;

  SkmPublications(JdbcClient jdbc, Clock clock, WorkingCalendar calendar) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.zone = calendar.zone();
  }

  /** A published period, from its first day to the day after its last. */
  record Period(LocalDate from, LocalDate to) {

    Period {
      if (!from.isBefore(to)) {
        throw new IllegalArgumentException("from " + from + " must be before to " + to);
      }
    }

    /** "Semester I 2025" for a half year, else its first and last day. */
    String label() {
      boolean semester = from.getDayOfMonth() == 1 && (from.getMonthValue() == 1 || from.getMonthValue() == 7)
          && to.equals(from.plusMonths(6));
      return semester ? "Semester " + (from.getMonthValue() == 1 ? "I " : "II ") + from.getYear()
          : DAY.format(from) + " – " + DAY.format(to.minusDays(1));
    }
  }

  /**
   * Publishes a period of one OPD; publishing it again changes nothing.
   *
   * @param opd its tenant id, null on a single-office install without tenant
   */
  void publish(String opd, Period period, String user) {
    try {
      jdbc.sql("INSERT INTO sop_skm_publication (opd, period_from, period_to, published_by, published_at)"
          + " VALUES (?, ?, ?, ?, ?)").params(opd == null ? "" : opd, period.from(), period.to(), user,
          Timestamp.from(clock.instant())).update();
    } catch (DuplicateKeyException alreadyPublished) {
      // the first publication stands
    }
  }

  /**
   * The periods an OPD published, newest first.
   *
   * @param first whether it is the first OPD listed, which also holds what was published before the
   *     installation held OPDs
   */
  List<Period> published(String opd, boolean first) {
    return jdbc.sql("SELECT DISTINCT period_from, period_to FROM sop_skm_publication WHERE opd = ?"
            + (first ? " OR opd = ''" : "") + " ORDER BY period_from DESC, period_to DESC")
        .param(opd == null ? "" : opd)
        .query((row, n) -> new Period(row.getObject(1, LocalDate.class), row.getObject(2, LocalDate.class))).list();
  }

  /** The half year that holds today, the period a report shows by default. */
  Period currentSemester() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    LocalDate start = today.withMonth(today.getMonthValue() <= 6 ? 1 : 7).withDayOfMonth(1);
    return new Period(start, start.plusMonths(6));
  }

  ZoneId zone() {
    return zone;
  }
}
