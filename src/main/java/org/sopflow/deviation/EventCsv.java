package org.sopflow.deviation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The log as CSV (RFC 4180), for spreadsheets and the Ombudsman's forms. */
final class EventCsv {

  private static final String HEADER = "sequence,id,category,rule,process_definition_key,process_definition_version,"
      + "process_instance_id,business_key,activity_id,activity_name,task_id,role,user_id,standard_deadline,"
      + "occurred_at,detected_at,overdue_seconds,detail,hash,previous_hash";

  private EventCsv() {
  }

  static String write(List<MaladministrationEvent> events) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (MaladministrationEvent e : events) {
      csv.append(Stream.of(e.sequence(), e.id(), e.category(), e.rule(), e.processDefinitionKey(),
              e.processDefinitionVersion(), e.processInstanceId(), e.businessKey(), e.activityId(), e.activityName(),
              e.taskId(), e.role(), e.userId(), e.standardDeadline(), e.occurredAt(), e.detectedAt(),
              e.overdueSeconds(), e.detail(), e.hash(), e.previousHash())
          .map(EventCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }
    return csv.toString();
  }

  private static String field(Object value) {
    String text = Objects.toString(value, "");
    return text.matches(".*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
