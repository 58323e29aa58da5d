package org.sopflow.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.sopflow.SopTestEngine;
import org.sopflow.TestDatabases;

/**
 * The statistics on the permission bits of Camunda's grants: on PostgreSQL an engine with the SOP
 * layer has them once started (each permission the checks test, analysed), and starting again adds
 * nothing; on H2 nothing is created and the engine starts all the same.
 */
class AuthorizationStatisticsTest {

  private final ProcessEngine engine = SopTestEngine.shared();

  @Test
  void postgresPlansWithStatisticsOnEachPermissionBitOfTheGrants() throws Exception {
    AuthorizationStatistics.create(engine); // a second start: finds them and adds nothing

    List<String> expressions = statisticsExpressions();
    if (TestDatabases.onPostgres()) {
      assertThat(expressions).containsExactly("(perms_ & 2)", "(perms_ & 64)", "(perms_ & 512)", "(perms_ & 4096)");
    } else {
      assertThat(expressions).isEmpty();
    }
  }

  private List<String> statisticsExpressions() throws Exception {
    if (!TestDatabases.onPostgres()) {
      return List.of();
    }
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    List<String> expressions = new ArrayList<>();
    try (Connection connection = configuration.getDataSource().getConnection();
         Statement sql = connection.createStatement();
         ResultSet rows = sql.executeQuery("SELECT unnest(pg_get_statisticsobjdef_expressions(oid)) FROM pg_statistic_ext"
             + " WHERE stxname = '" + AuthorizationStatistics.NAME + "'")) {
      while (rows.next()) {
        expressions.add(rows.getString(1));
      }
    }
    return expressions;
  }
}
