package org.sopflow.pdp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reads of a removed case's personal data go with the case. */
@Component
class AccessLogRows implements CaseRows {

  private final JdbcClient jdbc;

  AccessLogRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public int deleteRowsOfRemovedCases() {
    return CaseRows.deleteRemoved(jdbc, "sop_personal_data_access");
  }
}
