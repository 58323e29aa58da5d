package org.sopflow.deviation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** One recorded deviation, as stored in the append-only log. */
public record MaladministrationEvent(
    String id,
    long sequence,
    Category category,
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
    Instant detectedAt,
    Long overdueSeconds,
    String detail,
    String hash,
    String previousHash) {

  /** The category's Indonesian name, for readers of the JSON. */
  @JsonProperty("categoryLabel")
  public String categoryLabel() {
    return category.label();
  }

  /** The rule's Indonesian description, for readers of the JSON. */
  @JsonProperty("ruleLabel")
  public String ruleLabel() {
    return rule.label();
  }

  MaladministrationEvent signed(String newHash) {
    return new MaladministrationEvent(id, sequence, category, rule, processDefinitionKey, processDefinitionVersion,
        processInstanceId, businessKey, activityId, activityName, taskId, role, userId, standardDeadline, occurredAt,
        detectedAt, overdueSeconds, detail, newHash, previousHash);
  }
}
