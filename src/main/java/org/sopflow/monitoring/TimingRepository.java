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
 * Aggregates over {@code sop_instance_deadline}, {@code sop_task_deadline} and the maladministration
 * log. Percentiles are computed by the database ({@code PERCENTILE_CONT}, in H2 and PostgreSQL alike).
 */
@Component
class TimingRepository {

  /** Counts and percentiles of one group (an SOP or a step). */
  record Aggregate(long started, long completed, long onTime, long open, long openOverdue, Double median,
                   Double p90, Long max) {
    static final Aggregate EMPTY = new Aggregate(0, 0, 0, 0, 0, null, null, null);

    Double onTimeRate() {
      return completed == 0 ? null : (double) onTime / completed;
    }
  }

  private final DataSource dataSource;

  TimingRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Per SOP key: instances started, completed, on time, running, overdue and duration percentiles. */
  Map<String, Aggregate> instances(TimingWindow window, String key) {
    return aggregate("sop_instance_deadline", "process_definition_key", "started_at", "service_deadline",
        window, key);
  }

  /** Per activity id of one SOP: tasks completed, on time, open, overdue and duration percentiles. */
  Map<String, Aggregate> steps(TimingWindow window, String key) {
    return aggregate("sop_task_deadline", "activity_id", "created_at", "standard_deadline", window, key);
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

  private Map<String, Aggregate> aggregate(String table, String groupColumn, String startColumn, String deadlineColumn,
                                           TimingWindow window, String key) {
    String where = " WHERE 1 = 1" + (key == null ? "" : " AND process_definition_key = ?") + version(window);
    String counts = "SELECT " + groupColumn + ","
        + " SUM(CASE WHEN " + startColumn + " >= ? AND " + startColumn + " < ? THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN working_seconds IS NOT NULL AND ended_at >= ? AND ended_at < ? THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN working_seconds IS NOT NULL AND ended_at >= ? AND ended_at < ? AND (" + deadlineColumn
        + " IS NULL OR ended_at <= " + deadlineColumn + ") THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN ended_at IS NULL THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN ended_at IS NULL AND " + deadlineColumn + " < ? THEN 1 ELSE 0 END)"
        + " FROM " + table + where + " GROUP BY " + groupColumn;
    Map<String, long[]> countRows = new HashMap<>();
    query(counts, row -> countRows.put(row.getString(1),
        new long[] {row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6)}),
        params(window, window.from(), window.to(), window.from(), window.to(), window.from(), window.to(),
            window.now(), key));
    String percentiles = "SELECT " + groupColumn + ", PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY working_seconds),"
        + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY working_seconds), MAX(working_seconds) FROM " + table
        + where + " AND working_seconds IS NOT NULL AND ended_at >= ? AND ended_at < ? GROUP BY " + groupColumn;
    Map<String, Aggregate> result = new TreeMap<>();
    Map<String, Object[]> percentileRows = new HashMap<>();
    query(percentiles, row -> percentileRows.put(row.getString(1),
        new Object[] {row.getDouble(2), row.getDouble(3), row.getLong(4)}), paramsKeyFirst(window, key));
    countRows.forEach((group, c) -> {
      Object[] p = percentileRows.get(group);
      result.put(group, new Aggregate(c[0], c[1], c[2], c[3], c[4], p == null ? null : (Double) p[0],
          p == null ? null : (Double) p[1], p == null ? null : (Long) p[2]));
    });
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

  private static List<Object> paramsKeyFirst(TimingWindow window, String key) {
    List<Object> params = new ArrayList<>();
    if (key != null) {
      params.add(key);
    }
    if (window.version() != null) {
      params.add(window.version());
    }
    params.add(window.from());
    params.add(window.to());
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
