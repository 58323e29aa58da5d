package org.sopflow.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.modulith.NamedInterface;

/** What the rules need to know about a task or an instance, read from Camunda's entities. */
@NamedInterface("hooks")
public final class TaskFacts {

  private TaskFacts() {
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

  /**
   * The role a step is offered to in its lane: in a per-agency lane the agency's role (an id {@code
   * <lane>.<agency>}, possibly of another OPD), in any other the lane's role itself.
   */
  public static String offeredRole(DelegateTask task, String laneRole) {
    if (laneRole == null) {
      return null;
    }
    String agencyPrefix = laneRole + ".";
    return candidates(task).stream().map(IdentityLink::getGroupId)
        .filter(group -> group != null && group.startsWith(agencyPrefix)).findFirst().orElse(laneRole);
  }

  /** The groups and users the task is offered to: its lane role, escalations, or the modeller's choice. */
  public static List<IdentityLink> candidates(DelegateTask task) {
    return task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
  }
}
