package org.sopflow.deadline;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.sopflow.model.SopSelection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the recorded deadlines say, for the reports: open work now, and the steps and services
 * completed since a moment. The deadline module is the one that reads {@code sop_task_deadline}
 * and {@code sop_instance_deadline}; monitoring and evaluation ask here.
 */
@Component
public class DeadlineRecords {

  /** Open rows of one group now, and how many of them are past their deadline. */
  public record Open(long open, long overdue) {
    public static final Open NONE = new Open(0, 0);
  }

  /**
   * A completed step (task) or service (instance), or a started service.
   *
   * @param activityId null for a service
   * @param onTime completed by its standard or service deadline
   */
  public record Completion(String id, String sopKey, int version, String activityId, Instant at,
                           long workingSeconds, boolean onTime) {
  }

  private final JdbcClient jdbc;

  DeadlineRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Per SOP key (or the one given, and version when given): running instances and those past their service deadline. */
  public Map<String, Open> openServices(Instant now, String key, Integer version) {
    // an instance waiting for the applicant is not overdue: its deadline moves when the wait ends
    return open("sop_instance_deadline", "process_definition_key",
        "CASE WHEN waiting_since IS NULL THEN service_deadline END", now, key, version);
  }

  /** Per waiting step (activity id) of one SOP: the waits for the applicant open now, never overdue. */
  public Map<String, Open> openWaits(String key, Integer version) {
    List<Object> parameters = new ArrayList<>();
    String sql = "SELECT activity_id, COUNT(*) FROM sop_applicant_wait WHERE ended_at IS NULL"
        + new SopSelection(key, version).conditions(parameters) + " GROUP BY activity_id";
    Map<String, Open> result = new HashMap<>();
    jdbc.sql(sql).params(parameters).query(row -> {
      result.put(row.getString(1), new Open(row.getLong(2), 0));
    });
    return result;
  }

  /** Per activity id of one SOP: open tasks and those past their standard deadline. */
  public Map<String, Open> openSteps(Instant now, String key, Integer version) {
    return open("sop_task_deadline", "activity_id", "standard_deadline", now, key, version);
  }

  /** Per role of one SOP: open tasks and those past their standard deadline. */
  public Map<String, Open> openStepsByRole(Instant now, String key, Integer version) {
    return new TreeMap<>(open("sop_task_deadline", "role", "standard_deadline", now, key, version));
  }

  /** Per SOP key and role, over every SOP: open tasks and those past their standard deadline. */
  public Map<List<String>, Open> openStepsBySopAndRole(Instant now) {
    Map<List<String>, Open> result = new HashMap<>();
    jdbc.sql("SELECT process_definition_key, role, COUNT(*), SUM(CASE WHEN standard_deadline < ? THEN 1 ELSE 0 END)"
        + " FROM sop_task_deadline WHERE ended_at IS NULL AND process_definition_key IS NOT NULL"
        + " GROUP BY process_definition_key, role").param(utc(now)).query(row -> {
          result.put(List.of(row.getString(1), String.valueOf(row.getString(2))), new Open(row.getLong(3), row.getLong(4)));
        });
    return result;
  }

  /**
   * A step of one SOP offered to one role in a period: how many, how many completed, and how many of
   * those by their standard deadline.
   */
  public record Offered(String sopKey, String activityId, String role, long offered, long completed, long onTime) {
  }

  /** Per SOP, step and role, the steps offered to one of the roles whose task was created in {@code [from, to)}. */
  public List<Offered> offeredTo(java.util.Collection<String> roles, Instant from, Instant to) {
    if (roles.isEmpty()) {
      return List.of();
    }
    List<Object> parameters = new ArrayList<>(roles);
    parameters.add(utc(from));
    parameters.add(utc(to));
    return jdbc.sql("SELECT process_definition_key, activity_id, role, COUNT(*),"
            + " SUM(CASE WHEN ended_at IS NULL THEN 0 ELSE 1 END),"
            + " SUM(CASE WHEN ended_at IS NOT NULL AND ended_at <= standard_deadline THEN 1 ELSE 0 END)"
            + " FROM sop_task_deadline WHERE role IN (" + String.join(", ", java.util.Collections.nCopies(roles.size(), "?"))
            + ") AND created_at >= ? AND created_at < ? GROUP BY process_definition_key, activity_id, role"
            + " ORDER BY process_definition_key, activity_id, role")
        .params(parameters).query((row, number) -> new Offered(row.getString(1), row.getString(2), row.getString(3),
            row.getLong(4), row.getLong(5), row.getLong(6))).list();
  }

  /** Steps completed at or after {@code since}, each with its working time. */
  public void completedSteps(Instant since, Consumer<Completion> each) {
    completions("SELECT task_id, process_definition_key, process_definition_version, activity_id,"
        + " ended_at, working_seconds, CASE WHEN ended_at <= standard_deadline THEN 1 ELSE 0 END"
        + " FROM sop_task_deadline WHERE ended_at >= ? AND working_seconds IS NOT NULL"
        + " AND process_definition_key IS NOT NULL", since, each);
  }

  /** Waits for the applicant ended at or after {@code since}, each with its working time (always on time). */
  public void completedWaits(Instant since, Consumer<Completion> each) {
    completions("SELECT activity_instance_id, process_definition_key, process_definition_version, activity_id,"
        + " ended_at, working_seconds, 1 FROM sop_applicant_wait WHERE ended_at >= ? AND working_seconds IS NOT NULL",
        since, each);
  }

  /** Services (instances) completed at or after {@code since}, each with the office's working time (waits left out). */
  public void completedServices(Instant since, Consumer<Completion> each) {
    completions("SELECT process_instance_id, process_definition_key, process_definition_version,"
        + " NULL, ended_at, working_seconds, CASE WHEN service_deadline IS NULL OR ended_at <= service_deadline"
        + " THEN 1 ELSE 0 END FROM sop_instance_deadline WHERE ended_at >= ? AND working_seconds IS NOT NULL"
        + " AND process_definition_key IS NOT NULL", since, each);
  }

  /** Services started at or after {@code since} (working time and on-time are 0). */
  public void startedServices(Instant since, Consumer<Completion> each) {
    completions("SELECT process_instance_id, process_definition_key, process_definition_version,"
        + " NULL, started_at, 0, 0 FROM sop_instance_deadline WHERE started_at >= ?"
        + " AND process_definition_key IS NOT NULL", since, each);
  }

  private void completions(String sql, Instant since, Consumer<Completion> each) {
    jdbc.sql(sql).param(utc(since)).query(row -> {
      each.accept(new Completion(row.getString(1), row.getString(2), row.getInt(3), row.getString(4),
          row.getObject(5, OffsetDateTime.class).toInstant(), row.getLong(6), row.getInt(7) == 1));
    });
  }

  private Map<String, Open> open(String table, String groupColumn, String deadlineColumn, Instant now, String key,
                                 Integer version) {
    List<Object> parameters = new ArrayList<>(List.of(utc(now)));
    String sql = "SELECT " + groupColumn + ", COUNT(*), SUM(CASE WHEN " + deadlineColumn + " < ? THEN 1 ELSE 0 END)"
        + " FROM " + table + " WHERE ended_at IS NULL AND process_definition_key IS NOT NULL"
        + new SopSelection(key, version).conditions(parameters);
    Map<String, Open> result = new HashMap<>();
    jdbc.sql(sql + " GROUP BY " + groupColumn).params(parameters).query(row -> {
      result.put(row.getString(1), new Open(row.getLong(2), row.getLong(3)));
    });
    return result;
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
