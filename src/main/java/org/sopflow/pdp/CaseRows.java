package org.sopflow.pdp;

import org.sopflow.engine.HistoricInstances;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module that keeps rows per case gives them up once Camunda no longer knows the case: after its
 * retention (Camunda's history clean-up) or when an admin deleted its history. {@link RetentionSweep}
 * calls every one after the clean-up window. The rows a report needs afterwards (timing figures,
 * survey answers, the maladministration chain) hold no personal data and are not given up.
 */
public interface CaseRows {

  /** Deletes the module's rows of removed cases; returns how many went. */
  int deleteRowsOfRemovedCases();

  /** Deletes the rows of {@code table} whose {@code process_instance_id} names a removed case. */
  static int deleteRemoved(JdbcClient jdbc, String table) {
    return jdbc.sql("DELETE FROM " + table + " WHERE " + HistoricInstances.caseRemoved(table + ".process_instance_id"))
        .update();
  }
}
