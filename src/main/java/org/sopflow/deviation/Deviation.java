package org.sopflow.deviation;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.sopflow.engine.SopModels;
import org.sopflow.engine.TaskFacts;
import org.sopflow.model.SopStep;

/**
 * A deviation about to be recorded: what a rule saw. The log adds id, sequence, detection time
 * and the chain hashes.
 */
public record Deviation(
    Rule rule,
    String processDefinitionKey,
    Integer processDefinitionVersion,
    String processInstanceId,
    String businessKey,
    String activityId,
    String activityName,
    String taskId,
    String role,
    String userId,
    Instant standardDeadline,
    Instant occurredAt,
    Long overdueSeconds,
    String detail) {

  /** When the deviation happened, if not when it was detected (e.g. the moment a deadline passed). */
  public Deviation withOccurredAt(Instant moment) {
    return new Deviation(rule, processDefinitionKey, processDefinitionVersion, processInstanceId, businessKey,
        activityId, activityName, taskId, role, userId, standardDeadline, moment, overdueSeconds, detail);
  }

  public Deviation withDetail(String newDetail) {
    return new Deviation(rule, processDefinitionKey, processDefinitionVersion, processInstanceId, businessKey,
        activityId, activityName, taskId, role, userId, standardDeadline, occurredAt, overdueSeconds, newDetail);
  }

  /** A deviation about a task, with the task's SOP step, instance and the role it was offered to filled in. */
  public static Deviation of(Rule rule, DelegateTask task, String userId, Instant standardDeadline,
                             Long overdueSeconds, String detail) {
    ProcessDefinition definition = TaskFacts.definition(task);
    String role = TaskFacts.offeredRole(task, SopModels.of(task).flatMap(sop -> sop.step(task.getTaskDefinitionKey()))
        .map(SopStep::role).orElse(null));
    return new Deviation(rule, definition.getKey(), definition.getVersion(), task.getProcessInstanceId(),
        task.getExecution().getProcessBusinessKey(), task.getTaskDefinitionKey(), task.getName(), task.getId(), role,
        userId, standardDeadline, null, overdueSeconds, detail);
  }

  /** A deviation about an instance or one of its activities (step may be null). */
  public static Deviation of(Rule rule, DelegateExecution execution, SopStep step, String userId,
                             Instant standardDeadline, Long overdueSeconds, String detail) {
    ProcessDefinition definition = TaskFacts.definition(execution);
    return new Deviation(rule, definition.getKey(), definition.getVersion(), execution.getProcessInstanceId(),
        execution.getProcessBusinessKey(), step == null ? null : step.activityId(),
        step == null ? null : step.name(), null, step == null ? null : step.role(), userId, standardDeadline, null,
        overdueSeconds, detail);
  }
}
