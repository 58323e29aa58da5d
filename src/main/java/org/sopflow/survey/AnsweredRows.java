package org.sopflow.survey;

import org.sopflow.pdp.CaseRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which removed cases were answered goes with them; the answers themselves, without a case, stay for the IKM. */
@Component
class AnsweredRows implements CaseRows {

  private final JdbcClient jdbc;

  AnsweredRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public int deleteRowsOfRemovedCases() {
    return CaseRows.deleteRemoved(jdbc, "sop_skm_answered");
  }
}
