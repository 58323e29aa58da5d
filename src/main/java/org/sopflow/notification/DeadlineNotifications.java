package org.sopflow.notification;

import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.sopflow.deadline.DeadlineListener;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.engine.TaskFacts;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopStep;

/**
 * An overdue step and each escalation: to the assignee (or the lane's role while unclaimed) and to
 * the members of the role it was escalated to, written in the detector's command.
 */
final class DeadlineNotifications implements DeadlineListener {

  private final NotificationProperties properties;
  private final EngineTransaction transaction;
  private final Clock clock;

  DeadlineNotifications(NotificationProperties properties, EngineTransaction transaction, Clock clock) {
    this.transaction = transaction;
    this.clock = clock;
    this.properties = properties;
  }

  @Override
  public void overdue(DelegateTask task, SopDefinition sop, Instant deadline, String escalatedRole, int level) {
    if (!properties.overdue()) {
      return;
    }
    Instant now = clock.instant();
    if (task.getAssignee() != null || level <= 1) {
      toAssigneeOrLane(transaction, NotificationHook.Kind.TERLAMBAT, task, sop, deadline, now);
    }
    if (escalatedRole != null) {
      NotificationHook.write(transaction, NotificationHook.Kind.TERLAMBAT, null, escalatedRole, sop, task, deadline, now, now);
    }
  }

  /**
   * To the task's assignee, or to its lane's role while unclaimed: for a lane that stands for the
   * agency concerned, the role of the agency the task is offered to ({@code <lane>.<agency>}).
   */
  static void toAssigneeOrLane(EngineTransaction transaction, NotificationHook.Kind kind, DelegateTask task,
                               SopDefinition sop, Instant deadline, Instant now) {
    String laneRole = sop.step(task.getTaskDefinitionKey()).map(SopStep::role).orElse(null);
    String lane = laneRole == null ? null : TaskFacts.candidates(task).stream().map(IdentityLink::getGroupId)
        .filter(group -> group != null && group.startsWith(laneRole + ".")).findFirst().orElse(laneRole);
    if (task.getAssignee() != null || lane != null) {
      NotificationHook.write(transaction, kind, task.getAssignee(), task.getAssignee() == null ? lane : null, sop, task, deadline,
          now, now);
    }
  }
}
