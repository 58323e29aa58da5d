package org.sopflow.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.engine.CurrentUser;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.engine.ParsedSop;
import org.sopflow.engine.SopEngineHook;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopStep;

/**
 * Writes a notification in the transaction of the command that caused it: a user task of an SOP
 * offered to its lane's role (to be gathered into digests) or assigned to a person (sent at once).
 * A command that rolls back takes its notifications with it.
 */
final class NotificationHook implements SopEngineHook {

  private final NotificationProperties properties;
  private final WorkingCalendar calendar;
  private final EngineTransaction transaction;
  private final Clock clock;

  NotificationHook(NotificationProperties properties, WorkingCalendar calendar, EngineTransaction transaction,
                   Clock clock) {
    this.transaction = transaction;
    this.clock = clock;
    this.properties = properties;
    this.calendar = calendar;
  }

  @Override
  public Stage stage() {
    return Stage.NOTIFICATION;
  }

  @Override
  public void parsed(ParsedSop process) {
    SopDefinition sop = process.sop();
    for (SopStep step : sop.steps()) {
      if (!step.isUserTask()) {
        continue;
      }
      if (properties.offered()) {
        process.onUserTask(step.activityId(), TaskListener.EVENTNAME_CREATE, task -> offered(sop, task));
      }
      if (properties.assigned()) {
        process.onUserTask(step.activityId(), TaskListener.EVENTNAME_ASSIGNMENT, task -> assigned(sop, task));
      }
      if (properties.deadlineNear()) {
        process.onUserTask(step.activityId(), TaskListener.EVENTNAME_CREATE, task -> planReminder(step, task));
        process.onUserTask(step.activityId(), TaskListener.EVENTNAME_COMPLETE, this::dropReminder);
        process.onUserTask(step.activityId(), TaskListener.EVENTNAME_DELETE, this::dropReminder);
      }
    }
  }

  private void offered(SopDefinition sop, DelegateTask task) {
    if (task.getAssignee() != null) {
      return;
    }
    Instant now = clock.instant();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        write(transaction, Kind.DITAWARKAN, null, link.getGroupId(), sop, task, now, now.plus(properties.digestInterval()));
      }
    }
  }

  private void assigned(SopDefinition sop, DelegateTask task) {
    String assignee = task.getAssignee();
    // a user claiming the task knows it already
    if (assignee == null || assignee.equals(CurrentUser.id(task.getProcessEngineServices().getIdentityService()))) {
      return;
    }
    Instant now = clock.instant();
    write(transaction, Kind.DITUGASKAN, assignee, null, sop, task, now, now);
  }

  /**
   * The deadline-near reminder, at reminder-at of the step's standard time (from its creation to its
   * due date, in working time on the step's calendar); none for a step without a due date.
   */
  private void planReminder(SopStep step, DelegateTask task) {
    if (task.getDueDate() == null) {
      return;
    }
    Instant created = task.getCreateTime().toInstant();
    WorkingCalendar calendar = this.calendar.of(task.getTenantId());
    // the standard as the deadline hook counts it: from sop.waktu, or up to a date of the request
    long standard = step.waktu() != null ? calendar.seconds(step.waktu(), step.calendar())
        : calendar.workingSecondsBetween(created, task.getDueDate().toInstant(), step.calendar());
    Instant remindAt = calendar.plusWorkingTime(created, Math.round(standard * properties.reminderAt()), step.calendar());
    transaction.updateAtFlush("INSERT INTO sop_task_reminder (task_id, remind_at) VALUES (?, ?)", task.getId(), remindAt);
  }

  private void dropReminder(DelegateTask task) {
    transaction.updateAtFlush("DELETE FROM sop_task_reminder WHERE task_id = ?", task.getId());
  }

  static void write(EngineTransaction transaction, Kind kind, String user, String role, SopDefinition sop,
                    DelegateTask task, Instant now, Instant sendAfter) {
    write(transaction, kind, user, role, sop, task, task.getDueDate() == null ? null : task.getDueDate().toInstant(), now, sendAfter);
  }

  /** One notification row, at the end of the current engine command (it rolls back with it). */
  static void write(EngineTransaction transaction, Kind kind, String user, String role, SopDefinition sop,
                    DelegateTask task, Instant due, Instant now, Instant sendAfter) {
    transaction.updateAtFlush("INSERT INTO sop_notification (id, kind, recipient_user, recipient_role, task_id, task_name,"
            + " task_role, process_instance_id, business_key, sop_name, task_due, created_at, send_after, status)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')", UUID.randomUUID().toString(), kind.name(), user,
        role, task.getId(), task.getName(), sop.step(task.getTaskDefinitionKey()).map(SopStep::role).orElse(null),
        task.getProcessInstanceId(), task.getExecution().getProcessBusinessKey(), sop.name(), due, now, sendAfter);
  }

  /** What a notification tells. */
  enum Kind {
    /** A step offered to a role. */
    DITAWARKAN(true),
    /** A step assigned or delegated to a person. */
    DITUGASKAN(false),
    /** A step still open at reminder-at of its standard time. */
    TENGGAT_DEKAT(false),
    /** A step past its standard deadline, or escalated one more level. */
    TERLAMBAT(false),
    /** An overdue step in a supervisor role's morning digest. */
    RINGKASAN_PAGI(true);

    private final boolean digest;

    Kind(boolean digest) {
      this.digest = digest;
    }

    /** Gathered into one message per person, rather than one message each. */
    boolean isDigest() {
      return digest;
    }
  }
}
