package org.sopflow.notification;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sopflow.deadline.OverdueListener;
import org.sopflow.engine.EngineClock;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopStep;

/**
 * An overdue step and each escalation: to the assignee (or the lane's role while unclaimed) and to
 * the members of the role it was escalated to, written in the detector's command.
 */
final class OverdueNotifications implements OverdueListener {

  @Override
  public void overdue(DelegateTask task, SopDefinition sop, Instant deadline, String escalatedRole, int level) {
    Instant now = EngineClock.now();
    String lane = sop.step(task.getTaskDefinitionKey()).map(SopStep::role).orElse(null);
    if (task.getAssignee() != null) {
      NotificationHook.write(NotificationHook.Kind.TERLAMBAT, task.getAssignee(), null, sop, task, deadline, now, now);
    } else if (lane != null && level <= 1) {
      NotificationHook.write(NotificationHook.Kind.TERLAMBAT, null, lane, sop, task, deadline, now, now);
    }
    if (escalatedRole != null) {
      NotificationHook.write(NotificationHook.Kind.TERLAMBAT, null, escalatedRole, sop, task, deadline, now, now);
    }
  }
}
