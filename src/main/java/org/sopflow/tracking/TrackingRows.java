package org.sopflow.tracking;

import org.sopflow.pdp.CaseRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A removed case's tracking code goes with it: the citizen's page then knows it no more. */
@Component
class TrackingRows implements CaseRows {

  private final JdbcClient jdbc;

  TrackingRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public int deleteRowsOfRemovedCases() {
    return CaseRows.deleteRemoved(jdbc, "sop_tracking");
  }
}
