package org.sopflow.deviation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopStep;

/** What the rules need to know about a task or an instance inside a running engine command. */
public final class TaskFacts {

  private TaskFacts() {
  }

  /** The user on whose behalf the current command runs, or null for the engine itself. */
  public static String currentUser() {
    return Context.getCommandContext().getAuthenticatedUserId();
  }

  public static Optional<SopDefinition> sop(DelegateTask task) {
    return SopDefinition.of(definition(task));
  }

  public static ProcessDefinitionEntity definition(DelegateTask task) {
    return ((TaskEntity) task).getProcessDefinition();
  }

  public static ProcessDefinitionEntity definition(DelegateExecution execution) {
    return ((ExecutionEntity) execution).getProcessDefinition();
  }

  /** A deviation about a task, with the task's SOP step, instance and lane role filled in. */
  public static Deviation deviation(Rule rule, DelegateTask task, String userId, Instant standardDeadline,
                                    Long overdueSeconds, String detail) {
    ProcessDefinitionEntity definition = definition(task);
    String role = SopDefinition.of(definition).flatMap(sop -> sop.step(task.getTaskDefinitionKey()))
        .map(SopStep::role).orElse(null);
    return new Deviation(rule, definition.getKey(), definition.getVersion(), task.getProcessInstanceId(),
        task.getExecution().getProcessBusinessKey(), task.getTaskDefinitionKey(), task.getName(), task.getId(), role,
        userId, standardDeadline, null, overdueSeconds, detail);
  }

  /** A deviation about an instance or one of its activities (activity may be null). */
  public static Deviation deviation(Rule rule, DelegateExecution execution, SopStep step, String userId,
                                    Instant standardDeadline, Long overdueSeconds, String detail) {
    ProcessDefinitionEntity definition = definition(execution);
    return new Deviation(rule, definition.getKey(), definition.getVersion(), execution.getProcessInstanceId(),
        execution.getProcessBusinessKey(), step == null ? null : step.activityId(),
        step == null ? null : step.name(), null, step == null ? null : step.role(), userId, standardDeadline, null,
        overdueSeconds, detail);
  }

  /** The groups and users the task is offered to: its lane role, escalations, or the modeller's choice. */
  public static List<IdentityLink> candidates(DelegateTask task) {
    return task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
  }

  /** Whether the user is a candidate user or a member of a candidate group of the task. */
  public static boolean isCandidate(DelegateTask task, String userId) {
    List<IdentityLink> candidates = candidates(task);
    if (candidates.stream().anyMatch(link -> userId.equals(link.getUserId()))) {
      return true;
    }
    List<String> groups = groupsOf(userId);
    return candidates.stream().anyMatch(link -> link.getGroupId() != null && groups.contains(link.getGroupId()));
  }

  /** The user's groups, read without the caller's authorization (a clerk may not list groups). */
  public static List<String> groupsOf(String userId) {
    CommandContext commandContext = Context.getCommandContext();
    return commandContext.runWithoutAuthorization(() -> commandContext.getReadOnlyIdentityProvider()
        .createGroupQuery(commandContext).groupMember(userId).list().stream().map(Group::getId).toList());
  }
}
