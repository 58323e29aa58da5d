package org.sopflow.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.modulith.NamedInterface;

/** What the rules need to know about a task or an instance inside a running engine command. */
@NamedInterface("hooks")
public final class TaskFacts {

  private TaskFacts() {
  }

  /** The user on whose behalf the current command runs, or null for the engine itself. */
  public static String currentUser() {
    return Context.getCommandContext().getAuthenticatedUserId();
  }

  public static ProcessDefinition definition(DelegateTask task) {
    return ((TaskEntity) task).getProcessDefinition();
  }

  public static ProcessDefinition definition(DelegateExecution execution) {
    return ((ExecutionEntity) execution).getProcessDefinition();
  }

  /** Why an instance or execution is being deleted (as given to the delete call), or null. */
  public static String deleteReason(DelegateExecution execution) {
    return ((ExecutionEntity) execution).getDeleteReason();
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
