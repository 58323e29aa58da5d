package org.sopflow.deviation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The filters of {@code GET /api/maladministration}; null means "any". {@code to} is exclusive. */
public record EventFilter(String processDefinitionKey, String processInstanceId, Category category, Rule rule,
                          String role, Instant from, Instant to) {

  public static EventFilter all() {
    return new EventFilter(null, null, null, null, null, null, null);
  }

  String where(List<Object> parameters) {
    List<String> conditions = new ArrayList<>();
    add(conditions, parameters, "process_definition_key = ?", processDefinitionKey);
    add(conditions, parameters, "process_instance_id = ?", processInstanceId);
    add(conditions, parameters, "category = ?", category == null ? null : category.name());
    add(conditions, parameters, "rule = ?", rule == null ? null : rule.name());
    add(conditions, parameters, "role = ?", role);
    add(conditions, parameters, "occurred_at >= ?", from);
    add(conditions, parameters, "occurred_at < ?", to);
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void add(List<String> conditions, List<Object> parameters, String condition, Object value) {
    if (value != null) {
      conditions.add(condition);
      parameters.add(value);
    }
  }
}
