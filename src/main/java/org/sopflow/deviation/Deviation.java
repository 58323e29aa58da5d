package org.sopflow.deviation;

import java.time.Instant;

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
}
