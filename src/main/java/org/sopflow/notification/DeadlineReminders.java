package org.sopflow.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sopflow.engine.EngineCommands;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.engine.SopModels;
import org.sopflow.model.SopDefinition;

/**
 * Sends the deadline-near reminders that are due, on every node: each in its own engine command whose
 * first statement deletes the reminder, so with several nodes exactly one node writes it. A step
 * already past its deadline gets none: the overdue notification speaks for it.
 */
final class DeadlineReminders {

  private static final int BATCH = 200;

  private final EngineCommands commands;
  private final EngineTransaction transaction;
  private final Clock clock;

  DeadlineReminders(EngineCommands commands, EngineTransaction transaction, Clock clock) {
    this.commands = commands;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Writes the reminders due now; returns how many. */
  int sweep() {
    Instant now = clock.instant();
    List<String> due = commands.run(() -> transaction.query("SELECT task_id FROM sop_task_reminder WHERE remind_at <= ?"
        + " ORDER BY remind_at LIMIT ?", row -> row.getString(1), now, BATCH));
    int written = 0;
    for (String taskId : due) {
      written += commands.run(() -> remind(taskId, now)) ? 1 : 0;
    }
    return written;
  }

  private boolean remind(String taskId, Instant now) {
    if (transaction.update("DELETE FROM sop_task_reminder WHERE task_id = ? AND remind_at <= ?", taskId, now) != 1) {
      return false;
    }
    DelegateTask task = transaction.task(taskId);
    SopDefinition sop = task == null ? null : SopModels.of(task).orElse(null);
    if (sop == null || task.getDueDate() == null || !task.getDueDate().toInstant().isAfter(now)) {
      return false;
    }
    DeadlineNotifications.toAssigneeOrLane(transaction, NotificationHook.Kind.TENGGAT_DEKAT, task, sop,
        task.getDueDate().toInstant(), now);
    return true;
  }
}
