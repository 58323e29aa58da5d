package org.sopflow.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * What is open now (tasks, instances, per role) and the maladministration events of a window, read
 * through the indexes on open rows and on events; completed work comes from {@link TimingIndex}.
 */
@Component
class TimingRepository {

  /** Open rows of one group now, and how many of them are past their deadline. */
  record Open(long open, long overdue) {
    static final Open NONE = new Open(0, 0);
  }

  private final DataSource dataSource;

  TimingRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Per SOP key (or the one given): running instances and those past their service deadline, now. */
  Map<String, Open> openInstances(TimingWindow window, String key) {
    return open("sop_instance_deadline", "process_definition_key", "service_deadline", window, key);
  }

  /** Per activity id of one SOP: open tasks and those past their standard deadline, now. */
  Map<String, Open> openSteps(TimingWindow window, String key) {
    return open("sop_task_deadline", "activity_id", "standard_deadline", window, key);
  }

  /** Per role of one SOP: open tasks and open tasks past their standard deadline, now. */
  Map<String, long[]> workload(TimingWindow window, String key) {
    String sql = "SELECT role, COUNT(*), SUM(CASE WHEN standard_deadline < ? THEN 1 ELSE 0 END) FROM sop_task_deadline"
        + " WHERE process_definition_key = ? AND ended_at IS NULL" + version(window) + " GROUP BY role";
    Map<String, long[]> workload = new TreeMap<>();
    query(sql, row -> workload.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3)}),
        params(window, window.now(), key));
    return workload;
  }

  /** Per SOP key, maladministration events in the window by category. */
  Map<String, Map<String, Long>> eventsByCategory(TimingWindow window, String key) {
    String sql = "SELECT process_definition_key, category, COUNT(*) FROM sop_maladministration_event"
        + " WHERE occurred_at >= ? AND occurred_at < ?" + (key == null ? "" : " AND process_definition_key = ?")
        + version(window) + " GROUP BY process_definition_key, category";
    Map<String, Map<String, Long>> events = new HashMap<>();
    query(sql, row -> events.computeIfAbsent(row.getString(1), k -> new TreeMap<>()).put(row.getString(2), row.getLong(3)),
        params(window, window.from(), window.to(), key));
    return events;
  }

  private Map<String, Open> open(String table, String groupColumn, String deadlineColumn, TimingWindow window,
                                 String key) {
    String sql = "SELECT " + groupColumn + ", COUNT(*), SUM(CASE WHEN " + deadlineColumn + " < ? THEN 1 ELSE 0 END)"
        + " FROM " + table + " WHERE ended_at IS NULL AND process_definition_key IS NOT NULL"
        + (key == null ? "" : " AND process_definition_key = ?") + version(window) + " GROUP BY " + groupColumn;
    Map<String, Open> result = new HashMap<>();
    query(sql, row -> result.put(row.getString(1), new Open(row.getLong(2), row.getLong(3))),
        params(window, window.now(), key));
    return result;
  }

  private static String version(TimingWindow window) {
    return window.version() == null ? "" : " AND process_definition_version = ?";
  }

  /** The given leading parameters, then the key (when given) and the version (when given). */
  private static List<Object> params(TimingWindow window, Object... leadingAndKey) {
    List<Object> params = new ArrayList<>();
    for (int i = 0; i < leadingAndKey.length - 1; i++) {
      params.add(leadingAndKey[i]);
    }
    Object key = leadingAndKey[leadingAndKey.length - 1];
    if (key != null) {
      params.add(key);
    }
    if (window.version() != null) {
      params.add(window.version());
    }
    return params;
  }

  private interface RowHandler {
    void handle(ResultSet row) throws SQLException;
  }

  private void query(String sql, RowHandler handler, List<Object> params) {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        Object param = params.get(i);
        statement.setObject(i + 1, param instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : param);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          handler.handle(rows);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The timing figures cannot be read: " + e.getMessage(), e);
    }
  }
}
