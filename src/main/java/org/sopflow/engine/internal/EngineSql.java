package org.sopflow.engine.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.sopflow.engine.EngineTransaction;

/**
 * SQL on the connection of the running engine command, so the SOP tables change in the same
 * transaction as the engine's own: an event is stored exactly when the command that caused it commits.
 */
public final class EngineSql {

  private EngineSql() {
  }

  /** Lets the engine keep {@link #updateAtFlush} writes until its commands end; any SOP plugin calls it. */
  public static void keepWritesUntilFlush(ProcessEngineConfigurationImpl configuration) {
    PendingWrites.register(configuration);
  }

  /** The JDBC connection of the current engine command; fails outside one. */
  public static Connection connection() {
    CommandContext commandContext = commandContext();
    PendingWrites.of(commandContext); // opened with the first SOP statement of the command: see there
    return commandContext.getDbSqlSession().getSqlSession().getConnection();
  }

  /**
   * An update whose count nobody needs, sent at the end of the current command together with the
   * command's other such updates (see {@link PendingWrites}).
   */
  public static void updateAtFlush(String sql, Object... parameters) {
    PendingWrites pending = PendingWrites.of(commandContext());
    if (pending == null) {
      update(sql, parameters);
    } else {
      pending.add(sql, parameters);
    }
  }

  /** An update now, after the command's pending updates: its count is what the caller needs. */
  public static int update(String sql, Object... parameters) {
    return update(connectionAfterPendingWrites(), sql, parameters);
  }

  public static int update(Connection connection, String sql, Object... parameters) {
    try (PreparedStatement statement = prepare(connection, sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new ProcessEngineException("SOP table update failed: " + sql, e);
    }
  }


  /** A query now, after the command's pending updates, so that it reads them. */
  public static <T> List<T> query(String sql, EngineTransaction.RowMapper<T> mapper, Object... parameters) {
    return query(connectionAfterPendingWrites(), sql, mapper, parameters);
  }

  public static <T> List<T> query(Connection connection, String sql, EngineTransaction.RowMapper<T> mapper,
                                  Object... parameters) {
    try (PreparedStatement statement = prepare(connection, sql, parameters);
         ResultSet rows = statement.executeQuery()) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(mapper.map(rows));
      }
      return result;
    } catch (SQLException e) {
      throw new ProcessEngineException("SOP table query failed: " + sql, e);
    }
  }

  /** Several statements in one string (PostgreSQL), parameters numbered across them. */
  static void execute(Connection connection, String sql, Object... parameters) {
    try (PreparedStatement statement = prepare(connection, sql, parameters)) {
      statement.execute();
    } catch (SQLException e) {
      throw new ProcessEngineException("SOP table update failed: " + sql, e);
    }
  }

  private static CommandContext commandContext() {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null) {
      throw new IllegalStateException("SOP tables are written only inside an engine command");
    }
    return commandContext;
  }

  private static Connection connectionAfterPendingWrites() {
    PendingWrites pending = PendingWrites.of(commandContext());
    if (pending != null) {
      pending.flush();
    }
    return connection();
  }

  /** Instants are stored to the millisecond, in UTC, so that hashes match what is read back. */
  public static Instant truncate(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
  }

  public static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      Object parameter = parameters[i];
      if (parameter instanceof Instant instant) {
        statement.setObject(i + 1, OffsetDateTime.ofInstant(truncate(instant), ZoneOffset.UTC));
      } else if (parameter instanceof Timestamp timestamp) {
        statement.setObject(i + 1, OffsetDateTime.ofInstant(truncate(timestamp.toInstant()), ZoneOffset.UTC));
      } else {
        statement.setObject(i + 1, parameter);
      }
    }
    return statement;
  }
}
