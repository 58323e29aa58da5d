package org.sopflow.holiday;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sopflow.calendar.Holiday;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.deadline.OpenDeadlines;
import org.sopflow.holiday.HolidayChange.Action;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The office's holiday changes ({@code sop_holiday_change}, append-only: the latest change of a
 * date wins) laid over the holiday files of the working calendar. Recording one moves the open
 * deadlines at once; the other engine nodes pick it up within a minute.
 */
class OfficeHolidays {

  private final JdbcClient jdbc;
  private final WorkingCalendar calendar;
  private final OpenDeadlines deadlines;
  private final Clock clock;
  private volatile int applied = -1;

  OfficeHolidays(JdbcClient jdbc, WorkingCalendar calendar, OpenDeadlines deadlines, Clock clock) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.clock = clock;
    apply(changes());
  }

  /** Every change, oldest first: the audit trail. */
  List<HolidayChange> changes() {
    return jdbc.sql("SELECT holiday_date, action, name, kind, decree, recorded_by, recorded_at FROM sop_holiday_change"
            + " ORDER BY seq")
        .query((row, n) -> new HolidayChange(row.getDate("holiday_date").toLocalDate(),
            Action.valueOf(row.getString("action")), row.getString("name"), row.getString("kind"),
            row.getString("decree"), row.getString("recorded_by"),
            row.getTimestamp("recorded_at").toInstant()))
        .list();
  }

  /**
   * Records the change and moves the deadlines not yet passed, in that order: a failure to move them
   * leaves the change recorded, and the next change or restart applies it.
   *
   * @return the change as recorded (with its time), and how many deadlines moved
   */
  synchronized HolidayController.Hasil record(HolidayChange change) {
    HolidayChange recorded = new HolidayChange(change.tanggal(), change.aksi(), change.nama(), change.jenis(),
        change.dasar(), change.oleh(), clock.instant());
    // two nodes numbering a change alike at once: the primary key refuses the second, which the admin saves again
    jdbc.sql("INSERT INTO sop_holiday_change (seq, holiday_date, action, name, kind, decree, recorded_by, recorded_at)"
            + " SELECT COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ?, ?, ? FROM sop_holiday_change")
        .params(java.sql.Date.valueOf(recorded.tanggal()), recorded.aksi().name(), recorded.nama(), recorded.jenis(),
            recorded.dasar(), recorded.oleh(), java.sql.Timestamp.from(recorded.pada()))
        .update();
    WorkingCalendar before = calendar.snapshot();
    apply(changes());
    return new HolidayController.Hasil(recorded, deadlines.recompute(before));
  }

  /** A change made on another node: this node's calendar follows, and it forgets the deadlines it cached. */
  @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
  synchronized void refresh() {
    int count = jdbc.sql("SELECT COUNT(*) FROM sop_holiday_change").query(Integer.class).single();
    if (count != applied) {
      apply(changes());
      deadlines.forgetCached();
    }
  }

  private void apply(List<HolidayChange> changes) {
    Map<LocalDate, HolidayChange> latest = new LinkedHashMap<>();
    changes.forEach(change -> latest.put(change.tanggal(), change));
    List<Holiday> added = latest.values().stream().filter(change -> change.aksi() == Action.TAMBAH)
        .map(HolidayChange::holiday).toList();
    Set<LocalDate> removed = latest.values().stream().filter(change -> change.aksi() == Action.HAPUS)
        .map(HolidayChange::tanggal).collect(Collectors.toSet());
    calendar.useOfficeChanges(added, removed);
    applied = changes.size();
  }
}
