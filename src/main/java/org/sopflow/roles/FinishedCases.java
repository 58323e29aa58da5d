package org.sopflow.roles;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.sopflow.engine.HistoricInstances;
import org.sopflow.engine.HistoricInstances.HistoricInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Need to know as a list: the finished cases a user's roles may read, the last to end first
 * ({@code GET /api/kasus/selesai}). Camunda's history query answers the same question, but checks
 * the finished cases against the caller's grants one after another, newest first: for a role offered
 * a step in one case of a hundred it reads a hundred cases for each one it shows, more as the history
 * grows. Here each case, as it ends, copies its grants on its history into {@code sop_case_reader}
 * ({@link CaseReaders}), keyed by role and end: a page reads its own rows and a few more.
 */
public final class FinishedCases {

  /** One finished case, as staff see it in the list: nothing of its applicant. */
  public record Kasus(String processInstanceId, String nomorRegister, String sop, Instant mulai, Instant selesai,
                      String status) {
  }

  /** How a case ended, as Camunda's history states it, in the staff's words. */
  private static final Map<String, String> STATUS = Map.of("COMPLETED", "selesai",
      "EXTERNALLY_TERMINATED", "dibatalkan", "INTERNALLY_TERMINATED", "dihentikan oleh proses");

  /** Copies one case's reading grants as it ends; parameters: the end, the case, the case. */
  static final String COPY_GRANTS_OF_CASE = "INSERT INTO sop_case_reader (group_id, ended_at, process_instance_id)"
      + " SELECT g.group_id, ?, ? FROM (" + HistoricInstances.groupsReadingCase("?") + ") g";

  private static final String NEWEST_FIRST = " ORDER BY r.ended_at DESC, r.process_instance_id DESC";

  private final JdbcClient jdbc;
  private final HistoricInstances history;

  public FinishedCases(JdbcClient jdbc, HistoricInstances history) {
    this.jdbc = jdbc;
    this.history = history;
  }

  /**
   * A page of the finished cases the roles may read. Each role's rows are read newest first, only as
   * many as the page needs; a case two of the roles may read is listed once.
   */
  public List<Kasus> readableBy(List<String> roles, int firstResult, int maxResults) {
    if (roles.isEmpty()) {
      return List.of();
    }
    String perRole = "(SELECT r.ended_at, r.process_instance_id FROM sop_case_reader r WHERE r.group_id = ?"
        + NEWEST_FIRST + " LIMIT ?)";
    Object[] parameters = new Object[roles.size() * 2 + 2];
    for (int i = 0; i < roles.size(); i++) {
      parameters[2 * i] = roles.get(i);
      parameters[2 * i + 1] = firstResult + maxResults;
    }
    parameters[parameters.length - 2] = maxResults;
    parameters[parameters.length - 1] = firstResult;
    return history.listedBy("SELECT DISTINCT r.ended_at, r.process_instance_id FROM ("
        + String.join(" UNION ALL ", Collections.nCopies(roles.size(), perRole)) + ") r" + NEWEST_FIRST
        + " LIMIT ? OFFSET ?", parameters).stream().map(FinishedCases::kasus).toList();
  }

  /** A page of every finished case, for {@code camunda-admin}, who reads them all. */
  public List<Kasus> all(int firstResult, int maxResults) {
    return history.finished(firstResult, maxResults).stream().map(FinishedCases::kasus).toList();
  }

  /**
   * Fills the lists from the cases that ended before they existed, once: when they are empty. Another
   * node doing the same at once makes this one's insert fail on the key, and is left to do it.
   */
  public int copyGrantsOfEndedCases() {
    boolean empty = jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM sop_case_reader FETCH FIRST 1 ROWS ONLY) r")
        .query(Integer.class).single() == 0;
    if (!empty) {
      return 0;
    }
    try {
      return jdbc.sql("INSERT INTO sop_case_reader (group_id, ended_at, process_instance_id) SELECT c.group_id,"
          + " c.ended_at, c.process_instance_id FROM (" + HistoricInstances.groupsReadingFinishedCases() + ") c").update();
    } catch (DuplicateKeyException anotherNodeFilledThem) {
      return 0;
    }
  }

  private static Kasus kasus(HistoricInstance instance) {
    return new Kasus(instance.id(), instance.businessKey(), instance.definitionKey(), instance.startedAt(),
        instance.endedAt(), STATUS.getOrDefault(instance.state(), instance.state()));
  }
}
