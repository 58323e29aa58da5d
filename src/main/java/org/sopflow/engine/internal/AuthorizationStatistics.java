package org.sopflow.engine.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL statistics on the permission bits Camunda's authorization checks test
 * ({@code PERMS_ & 2 = 2}: READ; 64, 512, 4096: READ_TASK, READ_INSTANCE, READ_HISTORY). Without them
 * the planner takes each such test to hold for 0.5 % of the grants; with a grant per case (need to
 * know) it then judges a role's thousands of case grants a handful and joins every one of them with
 * every history row it reads: a role's list of finished cases took 50-110 ms on 10,000 cases
 * instead of 2. Statistics cost nothing when a grant is written, only when the table is analysed.
 * Created once, at start, on PostgreSQL 14 or later; on another database nothing is done.
 */
public final class AuthorizationStatistics {

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationStatistics.class);
  static final String NAME = "sop_authorization_permissions";
  private static final List<Integer> PERMISSION_BITS = List.of(2, 64, 512, 4096);

  private AuthorizationStatistics() {
  }

  /** Creates the statistics if missing and analyses the table once, so that the planner has them at once. */
  public static void create(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION";
    try (Connection connection = configuration.getDataSource().getConnection();
         Statement sql = connection.createStatement()) {
      if (exists(sql)) {
        return;
      }
      sql.execute("CREATE STATISTICS IF NOT EXISTS " + NAME + " ON " + String.join(", ",
          PERMISSION_BITS.stream().map(bit -> "(PERMS_ & " + bit + ")").toList()) + " FROM " + table);
      sql.execute("ANALYZE " + table);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      // PostgreSQL before 14 has no statistics on expressions; or another node created them meanwhile
      LOG.warn("Statistics on the permissions of Camunda's grants not created: {}", e.getMessage());
    }
  }

  private static boolean exists(Statement sql) throws SQLException {
    try (var rows = sql.executeQuery("SELECT 1 FROM pg_statistic_ext WHERE stxname = '" + NAME + "'")) {
      return rows.next();
    }
  }
}
