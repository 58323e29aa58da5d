package org.sopflow.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.deviation.Deviation;
import org.sopflow.deviation.MaladministrationLog;
import org.sopflow.deviation.Rule;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.engine.SopModels;
import org.sopflow.engine.TaskFacts;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopStep;

/**
 * The standard deadline of each SOP task: computed from {@code sop.waktu} on the step's calendar
 * when the task is created (or taken from a date of the request, {@code sop.tenggat-dari}), shown as the task's due date, and kept in {@code sop_task_deadline},
 * which neither Tasklist nor the REST API can change. Moving the due date away from it is a
 * deviation; completing the task after it, when the detector has not caught it yet, is one too.
 */
class StandardDeadlines {

  /** The city's calendar; each task counts on its OPD's ({@link WorkingCalendar#of}). */
  private final WorkingCalendar calendar;
  private final MaladministrationLog log;
  private final RecentRows<RecordedDeadline> recent = new RecentRows<>(20_000);

  private final EngineTransaction transaction;
  private final Clock clock;

  StandardDeadlines(WorkingCalendar calendar, MaladministrationLog log, EngineTransaction transaction, Clock clock) {
    this.calendar = calendar;
    this.log = log;
    this.transaction = transaction;
    this.clock = clock;
  }

  TaskListener onCreate(SopDefinition sop, SopStep step) {
    return task -> {
      Instant created = task.getCreateTime().toInstant();
      Instant deadline = standardDeadline(task, step, created);
      task.setDueDate(Date.from(deadline));
      transaction.updateAtFlush("INSERT INTO sop_task_deadline (task_id, process_instance_id, process_definition_id,"
              + " process_definition_key, process_definition_version, activity_id, role, created_at,"
              + " standard_deadline, current_due, standard_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          task.getId(), task.getProcessInstanceId(), task.getProcessDefinitionId(), sop.key(),
          TaskFacts.definition(task).getVersion(), step.activityId(), TaskFacts.offeredRole(task, step.role()), created,
          deadline, deadline,
          standardSeconds(task, step, created, deadline));
      recent.put(task.getId(), new RecordedDeadline(created, deadline, deadline));
    };
  }

  /**
   * A task migrated onto a step of another version (a renewed SOP): its standard deadline is
   * computed again from the new step's standard, from when the task began, and its due date follows.
   * Written at once, so that the due date's change is no deviation.
   */
  void onMigrated(DelegateExecution execution, String activityId) {
    SopDefinition sop = SopModels.of(execution).orElse(null);
    SopStep step = sop == null ? null : sop.step(activityId).filter(SopStep::hasStandardDeadline).orElse(null);
    if (step != null) {
      transaction.openTasks(execution).forEach(task -> onMigrated(task, step));
    }
  }

  private void onMigrated(DelegateTask task, SopStep step) {
    Instant created = task.getCreateTime().toInstant();
    Instant deadline = standardDeadline(task, step, created);
    int updated = transaction.update("UPDATE sop_task_deadline SET process_definition_id = ?, process_definition_version = ?,"
            + " activity_id = ?, role = ?, standard_deadline = ?, current_due = ?, standard_seconds = ?"
            + " WHERE task_id = ? AND ended_at IS NULL", task.getProcessDefinitionId(),
        transaction.processDefinition(task.getProcessDefinitionId()).getVersion(), step.activityId(), step.role(),
        deadline, deadline, standardSeconds(task, step, created, deadline), task.getId());
    if (updated == 1) {
      recent.put(task.getId(), new RecordedDeadline(created, deadline, deadline));
      task.setDueDate(Date.from(deadline));
    }
  }

  void forgetRecent() {
    recent.clear();
  }

  /**
   * The office changed its holidays: each open task whose deadline has not passed gets the deadline
   * its step gives on the calendar now, and its due date follows unless someone moved it.
   *
   * @return how many deadlines moved
   */
  int recomputeOpen() {
    List<OpenTask> open = transaction.query("SELECT task_id, process_definition_id, activity_id, created_at,"
        + " standard_deadline, current_due FROM sop_task_deadline WHERE ended_at IS NULL AND overdue_recorded_at IS NULL"
        + " AND standard_deadline > ?", row -> new OpenTask(row.getString("task_id"), row.getString("process_definition_id"),
        row.getString("activity_id"), new RecordedDeadline(EngineTransaction.instant(row, "created_at"),
        EngineTransaction.instant(row, "standard_deadline"), EngineTransaction.instant(row, "current_due"))), clock.instant());
    forgetRecent();
    int moved = 0;
    for (OpenTask row : open) {
      DelegateTask task = transaction.task(row.taskId());
      SopStep step = transaction.sop(row.definitionId()).flatMap(sop -> sop.step(row.activityId()))
          .filter(SopStep::hasStandardDeadline).orElse(null);
      if (task != null && step != null && recompute(task, step, row.recorded())) {
        moved++;
      }
    }
    return moved;
  }

  private boolean recompute(DelegateTask task, SopStep step, RecordedDeadline recorded) {
    Instant deadline = standardDeadline(task, step, recorded.createdAt());
    if (deadline.equals(recorded.standardDeadline())) {
      return false;
    }
    boolean dueFollowsStandard = Objects.equals(recorded.currentDue(), recorded.standardDeadline());
    transaction.update("UPDATE sop_task_deadline SET standard_deadline = ?, current_due = ?, standard_seconds = ?"
            + " WHERE task_id = ?", deadline, dueFollowsStandard ? deadline : recorded.currentDue(),
        standardSeconds(task, step, recorded.createdAt(), deadline), task.getId());
    if (dueFollowsStandard) {
      task.setDueDate(Date.from(deadline));
    }
    return true;
  }

  /**
   * Refuses to begin a step due by a date of the request that is missing or unreadable. A task
   * listener's exception reaches callers wrapped in a generic one; this one reaches them as it is.
   */
  ExecutionListener requireDate(SopStep step) {
    return execution -> RequestDate.dueBy(step, execution, calendar.of(execution.getTenantId()));
  }

  TaskListener onUpdate() {
    return task -> deadlineOf(task).ifPresent(recorded -> {
      Instant due = task.getDueDate() == null ? null : EngineTransaction.truncate(task.getDueDate().toInstant());
      if (Objects.equals(due, recorded.currentDue())) {
        return;
      }
      transaction.updateAtFlush("UPDATE sop_task_deadline SET current_due = ? WHERE task_id = ?", due, task.getId());
      if (!Objects.equals(due, recorded.standardDeadline())) {
        log.record(Deviation.of(Rule.DUE_DATE_CHANGED, task, transaction.currentUser(),
            recorded.standardDeadline(), null, "Tenggat diubah dari " + text(recorded.currentDue()) + " menjadi "
                + text(due) + "; tenggat standar " + recorded.standardDeadline()));
      }
    });
  }

  /** Ends the step, with the working time it took (from the task's creation) for the timing figures. */
  TaskListener onComplete(SopDefinition sop, SopStep step) {
    return task -> recent.take(task.getId()).or(() -> deadlineOf(task)).ifPresent(recorded -> {
      Instant now = clock.instant();
      long worked = calendar.of(task.getTenantId()).workingSecondsBetween(recorded.createdAt(), now, step.calendar());
      transaction.updateAtFlush("UPDATE sop_task_deadline SET ended_at = ?, working_seconds = ? WHERE task_id = ?", now,
          worked, task.getId());
      StepDurations.recordOnCommit(transaction, sop.key(), task.getTaskDefinitionKey(), worked);
      if (now.isAfter(recorded.standardDeadline()) && claimOverdue(transaction, task.getId(), now)) {
        long overdue = Duration.between(recorded.standardDeadline(), now).toSeconds();
        log.record(Deviation.of(Rule.STEP_OVERDUE, task, task.getAssignee(), recorded.standardDeadline(),
            overdue, "Langkah diselesaikan setelah tenggat standar").withOccurredAt(recorded.standardDeadline()));
      }
    });
  }

  TaskListener onDelete() {
    return task -> {
      recent.forget(task.getId());
      transaction.updateAtFlush("UPDATE sop_task_deadline SET ended_at = ? WHERE task_id = ? AND ended_at IS NULL",
          clock.instant(), task.getId());
    };
  }

  /** The step's standard deadline for a task begun at {@code created}, on the calendar of the task's OPD. */
  private Instant standardDeadline(DelegateTask task, SopStep step, Instant created) {
    WorkingCalendar opdCalendar = calendar.of(task.getTenantId());
    return EngineTransaction.truncate(step.tenggatDari() != null ? RequestDate.dueBy(step, task, opdCalendar)
        : opdCalendar.plus(created, step.waktu(), step.calendar()));
  }

  /** The standard in working seconds; for a date of the request, the time from the task's creation to it. */
  private long standardSeconds(DelegateTask task, SopStep step, Instant created, Instant deadline) {
    WorkingCalendar opdCalendar = calendar.of(task.getTenantId());
    return step.tenggatDari() != null ? opdCalendar.workingSecondsBetween(created, deadline, step.calendar())
        : opdCalendar.seconds(step.waktu(), step.calendar());
  }

  /** Marks the task's STEP_OVERDUE as recorded; true for exactly one caller across all nodes. */
  static boolean claimOverdue(EngineTransaction transaction, String taskId, Instant now) {
    return transaction.update("UPDATE sop_task_deadline SET overdue_recorded_at = ? WHERE task_id = ?"
        + " AND overdue_recorded_at IS NULL", now, taskId) == 1;
  }

  private java.util.Optional<RecordedDeadline> deadlineOf(DelegateTask task) {
    List<RecordedDeadline> rows = transaction.query("SELECT created_at, standard_deadline, current_due"
        + " FROM sop_task_deadline WHERE task_id = ?", row -> new RecordedDeadline(EngineTransaction.instant(row, "created_at"),
        EngineTransaction.instant(row, "standard_deadline"), EngineTransaction.instant(row, "current_due")), task.getId());
    return rows.stream().findFirst();
  }

  private static String text(Instant instant) {
    return instant == null ? "(tanpa tenggat)" : instant.toString();
  }

  private record RecordedDeadline(Instant createdAt, Instant standardDeadline, Instant currentDue) {
  }

  private record OpenTask(String taskId, String definitionId, String activityId, RecordedDeadline recorded) {
  }
}
