package org.sopflow.roles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sopflow.pdp.CaseRows;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of the lists of finished cases: filled at the first start from the cases that ended
 * before, and given up with a removed case.
 */
@Component
class CaseReaderRows implements CaseRows, ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(CaseReaderRows.class);

  private final FinishedCases cases;
  private final JdbcClient jdbc;

  CaseReaderRows(FinishedCases cases, JdbcClient jdbc) {
    this.cases = cases;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    int copied = cases.copyEndedCases();
    if (copied > 0) {
      LOG.info("Lists of finished cases filled with {} row(s) (a role and a case) of cases that ended before", copied);
    }
  }

  @Override
  public int deleteRowsOfRemovedCases() {
    return CaseRows.deleteRemoved(jdbc, "sop_case_reader");
  }
}
