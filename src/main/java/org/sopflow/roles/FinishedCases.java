package org.sopflow.roles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.sopflow.engine.HistoricInstances;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Need to know as a list: the finished cases a user's roles may read, the last to end first
 * ({@code GET /api/kasus/selesai}). Camunda's history query answers the same question, but checks
 * the finished cases against the caller's grants one after another, newest first: for a role offered
 * a step in one case of a hundred it reads a hundred cases for each one it shows, more as the history
 * grows. Here each case, as it ends, copies itself into {@code sop_case_reader} once for each role
 * its grants let read it ({@link CaseReaders}), keyed by role and end: a page reads its own rows. A
 * grant an administrator takes back by hand after the case ended still lists it (its number and
 * times; its data stays behind Camunda's check).
 */
@Component
public final class FinishedCases {

  /** One finished case, as staff see it in the list: nothing of its applicant. */
  public record Kasus(String processInstanceId, String nomorRegister, String sop, Instant mulai, Instant selesai,
                      String status) {
  }

  /** How a case ended, as Camunda's history states it, in the staff's words. */
  private static final Map<String, String> STATUS = Map.of("COMPLETED", "selesai",
      "EXTERNALLY_TERMINATED", "dibatalkan", "INTERNALLY_TERMINATED", "dihentikan oleh proses");

  private static final String COLUMNS = "group_id, ended_at, process_instance_id, business_key,"
      + " process_definition_key, started_at, state";
  private static final String COPY = "INSERT INTO sop_case_reader (" + COLUMNS + ") SELECT " + COLUMNS + " FROM ";

  /** Copies one case as it ends, once for each role that may read it; parameters: its end, state, id. */
  static final String COPY_ENDING_CASE = COPY + "(" + HistoricInstances.endingCaseByReadingGroup("?",
      "CAST(? AS TIMESTAMP)", "CAST(? AS VARCHAR(255))") + ") c";

  private static final String CASE = "SELECT r.process_instance_id, r.business_key, r.process_definition_key,"
      + " r.started_at, r.ended_at, r.state FROM ";
  private static final String NEWEST_FIRST = " ORDER BY r.ended_at DESC, r.process_instance_id DESC";
  /** One role's cases, the last to end first. */
  private static final String ROLE_ROWS = "SELECT * FROM sop_case_reader r WHERE r.group_id = ?" + NEWEST_FIRST;

  private final JdbcClient jdbc;

  public FinishedCases(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A page of the finished cases the roles may read, reading each role's rows newest first and only as
   * many as the page needs. One role (most staff have one) reads its page straight from the key;
   * several read that many rows each and list a case two of them may read once.
   */
  public List<Kasus> readableBy(List<String> roles, int firstResult, int maxResults) {
    if (roles.isEmpty()) {
      return List.of();
    }
    if (roles.size() == 1) {
      return list(CASE + "(" + ROLE_ROWS + " LIMIT ? OFFSET ?) r" + NEWEST_FIRST, roles.get(0), maxResults,
          firstResult);
    }
    List<Object> parameters = new ArrayList<>();
    for (String role : roles) {
      parameters.addAll(List.of(role, firstResult + maxResults));
    }
    parameters.addAll(List.of(maxResults, firstResult));
    return list("SELECT DISTINCT r.* FROM (" + CASE + "("
        + String.join(" UNION ALL ", Collections.nCopies(roles.size(), "(" + ROLE_ROWS + " LIMIT ?)"))
        + ") r) r" + NEWEST_FIRST + " LIMIT ? OFFSET ?", parameters.toArray());
  }

  /** A page of every finished case, for {@code camunda-admin}, who reads them all. */
  public List<Kasus> all(int firstResult, int maxResults) {
    return list(CASE + "(" + HistoricInstances.finishedCases() + ") r" + NEWEST_FIRST + " LIMIT ? OFFSET ?",
        maxResults, firstResult);
  }

  /**
   * Fills the lists from the cases that ended before they existed, once: when they are empty. Another
   * node doing the same at once makes this one's insert fail on the key, and is left to do it.
   */
  public int copyEndedCases() {
    boolean empty = jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM sop_case_reader FETCH FIRST 1 ROWS ONLY) r")
        .query(Integer.class).single() == 0;
    if (!empty) {
      return 0;
    }
    try {
      return jdbc.sql(COPY + "(" + HistoricInstances.finishedCasesByReadingGroup() + ") c").update();
    } catch (DuplicateKeyException anotherNodeFilledThem) {
      return 0;
    }
  }

  private List<Kasus> list(String sql, Object... parameters) {
    return jdbc.sql(sql).params(parameters).query((row, number) -> kasus(row)).list();
  }

  private static Kasus kasus(ResultSet row) throws SQLException {
    return new Kasus(row.getString(1), row.getString(2), row.getString(3), row.getTimestamp(4).toInstant(),
        row.getTimestamp(5).toInstant(), STATUS.getOrDefault(row.getString(6), row.getString(6)));
  }
}
