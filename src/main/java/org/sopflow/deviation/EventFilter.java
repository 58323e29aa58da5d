package org.sopflow.deviation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The filters of {@code GET /api/maladministration}; null means "any". {@code to} is exclusive;
 * {@code sopKeys} the SOPs the reader may read (an empty set: none).
 */
public record EventFilter(String processDefinitionKey, String processInstanceId, Category category, Rule rule,
                          String role, Instant from, Instant to, Set<String> sopKeys) {

  public EventFilter(String processDefinitionKey, String processInstanceId, Category category, Rule rule, String role,
                     Instant from, Instant to) {
    this(processDefinitionKey, processInstanceId, category, rule, role, from, to, null);
  }

  public static EventFilter all() {
    return new EventFilter(null, null, null, null, null, null, null);
  }

  /** The same filter, narrowed to the SOPs a reader may read. */
  public EventFilter within(Set<String> readable) {
    return new EventFilter(processDefinitionKey, processInstanceId, category, rule, role, from, to,
        Set.copyOf(readable));
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
    if (sopKeys != null) {
      conditions.add(sopKeys.isEmpty() ? "1 = 0" : "process_definition_key IN ("
          + String.join(", ", Collections.nCopies(sopKeys.size(), "?")) + ")");
      parameters.addAll(sopKeys.stream().sorted().toList());
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void add(List<String> conditions, List<Object> parameters, String condition, Object value) {
    if (value != null) {
      conditions.add(condition);
      parameters.add(value);
    }
  }
}
