package org.sopflow.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The deadlines of one process instance: its service deadline and the standard deadline of each open task. */
@Component
public class InstanceDeadlines {

  /**
   * @param serviceDeadline null when the SOP has no service standard; moved by the time waited for the applicant
   * @param waitingSince the office waits for the applicant since then (the service clock stands still), or null
   * @param waitedSeconds working time waited for the applicant in the waits that ended
   */
  public record Deadlines(String processInstanceId, Instant startedAt, Instant serviceDeadline, String extendedBy,
                          Instant endedAt, boolean serviceOverdue, Instant waitingSince, long waitedSeconds,
                          List<OpenTask> openTasks) {
  }

  public record OpenTask(String taskId, String activityId, String role, Instant createdAt, Instant standardDeadline,
                         Instant currentDue, boolean overdue, int escalationLevel, String escalatedRole) {
  }

  /**
   * An instance's deadlines as its tracking page shows them.
   *
   * @param serviceDeadline null when the SOP has no service standard (or no deadline was recorded)
   * @param steps every step so far, open or ended, in the order they began
   */
  public record Progress(Instant serviceDeadline, boolean extended, boolean waiting, List<StepDeadline> steps) {
  }

  /** One step of an instance: {@code endedAt} is null while it is open. */
  public record StepDeadline(String activityId, String role, Instant endedAt, Instant standardDeadline) {
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  InstanceDeadlines(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Optional<Deadlines> of(String processInstanceId) {
    Instant now = clock.instant();
    List<OpenTask> tasks = jdbc.sql("SELECT task_id, activity_id, role, created_at, standard_deadline, current_due,"
        + " escalation_level, escalated_role FROM sop_task_deadline WHERE process_instance_id = ? AND ended_at IS NULL"
        + " ORDER BY created_at").param(processInstanceId).query((row, i) -> {
          Instant deadline = instant(row.getObject(5, OffsetDateTime.class));
          return new OpenTask(row.getString(1), row.getString(2), row.getString(3),
              instant(row.getObject(4, OffsetDateTime.class)), deadline, instant(row.getObject(6, OffsetDateTime.class)),
              deadline.isBefore(now), row.getInt(7), row.getString(8));
        }).list();
    return jdbc.sql("SELECT started_at, service_deadline, extended_by, ended_at, waiting_since, waiting_seconds"
        + " FROM sop_instance_deadline WHERE process_instance_id = ?").param(processInstanceId).query((row, i) -> {
          Instant deadline = instant(row.getObject(2, OffsetDateTime.class));
          Instant ended = instant(row.getObject(4, OffsetDateTime.class));
          Instant waitingSince = instant(row.getObject(5, OffsetDateTime.class));
          // while waiting the clock stands still: overdue only if the deadline passed before the wait began
          Instant reference = ended != null ? ended : waitingSince != null ? waitingSince : now;
          boolean overdue = deadline != null && reference.isAfter(deadline);
          return new Deadlines(processInstanceId, instant(row.getObject(1, OffsetDateTime.class)), deadline,
              row.getString(3), ended, overdue, waitingSince, row.getLong(6), tasks);
        }).optional();
  }

  /** Two indexed reads: the service deadline, then the steps (the public tracking page asks for this often). */
  public Progress progress(String processInstanceId) {
    List<StepDeadline> steps = jdbc.sql("SELECT activity_id, role, ended_at, standard_deadline FROM sop_task_deadline"
            + " WHERE process_instance_id = ? ORDER BY created_at").param(processInstanceId)
        .query((row, number) -> new StepDeadline(row.getString(1), row.getString(2),
            instant(row.getObject(3, OffsetDateTime.class)), instant(row.getObject(4, OffsetDateTime.class)))).list();
    return jdbc.sql("SELECT service_deadline, extended_by, waiting_since FROM sop_instance_deadline"
            + " WHERE process_instance_id = ?").param(processInstanceId)
        .query((row, number) -> new Progress(instant(row.getObject(1, OffsetDateTime.class)), row.getString(2) != null,
            row.getObject(3, OffsetDateTime.class) != null, steps)).optional()
        .orElse(new Progress(null, false, false, steps));
  }

  private static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
