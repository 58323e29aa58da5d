package org.sopflow.notification;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sopflow.engine.EngineClock;
import org.sopflow.engine.EngineCommand;
import org.sopflow.engine.EngineCommands;
import org.sopflow.engine.EngineSql;
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

  DeadlineReminders(ProcessEngine engine) {
    this.commands = new EngineCommands(engine);
  }

  /** Writes the reminders due now; returns how many. */
  int sweep() {
    Instant now = EngineClock.now();
    List<String> due = commands.run(() -> EngineSql.query("SELECT task_id FROM sop_task_reminder WHERE remind_at <= ?"
        + " ORDER BY remind_at LIMIT ?", row -> row.getString(1), now, BATCH));
    int written = 0;
    for (String taskId : due) {
      written += commands.run(() -> remind(taskId, now)) ? 1 : 0;
    }
    return written;
  }

  private static boolean remind(String taskId, Instant now) {
    if (EngineSql.update("DELETE FROM sop_task_reminder WHERE task_id = ? AND remind_at <= ?", taskId, now) != 1) {
      return false;
    }
    DelegateTask task = EngineCommand.task(taskId);
    SopDefinition sop = task == null ? null : SopModels.of(task).orElse(null);
    if (sop == null || task.getDueDate() == null || !task.getDueDate().toInstant().isAfter(now)) {
      return false;
    }
    DeadlineNotifications.toAssigneeOrLane(NotificationHook.Kind.TENGGAT_DEKAT, task, sop,
        task.getDueDate().toInstant());
    return true;
  }
}
