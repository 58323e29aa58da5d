package org.sopflow.notification;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sopflow.deadline.DeadlineListener;
import org.sopflow.engine.EngineClock;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopStep;

/**
 * An overdue step and each escalation: to the assignee (or the lane's role while unclaimed) and to
 * the members of the role it was escalated to, written in the detector's command.
 */
final class DeadlineNotifications implements DeadlineListener {

  private final NotificationProperties properties;

  DeadlineNotifications(NotificationProperties properties) {
    this.properties = properties;
  }

  @Override
  public void overdue(DelegateTask task, SopDefinition sop, Instant deadline, String escalatedRole, int level) {
    if (!properties.overdue()) {
      return;
    }
    Instant now = EngineClock.now();
    if (task.getAssignee() != null || level <= 1) {
      toAssigneeOrLane(NotificationHook.Kind.TERLAMBAT, task, sop, deadline);
    }
    if (escalatedRole != null) {
      NotificationHook.write(NotificationHook.Kind.TERLAMBAT, null, escalatedRole, sop, task, deadline, now, now);
    }
  }

  /** To the task's assignee, or to its lane's role while unclaimed. */
  static void toAssigneeOrLane(NotificationHook.Kind kind, DelegateTask task, SopDefinition sop,
                                       Instant deadline) {
    Instant now = EngineClock.now();
    String lane = sop.step(task.getTaskDefinitionKey()).map(SopStep::role).orElse(null);
    if (task.getAssignee() != null || lane != null) {
      NotificationHook.write(kind, task.getAssignee(), task.getAssignee() == null ? lane : null, sop, task, deadline,
          now, now);
    }
  }
}
