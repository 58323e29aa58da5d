package org.sopflow.engine.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionContext;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.cfg.standalone.StandaloneTransactionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * The SOP-table writes of one engine command, kept until the command flushes its sessions (after
 * the engine's own statements, before the commit) and then sent together: on PostgreSQL as one
 * multi-statement round trip instead of one per statement. A statement that reads, or whose update
 * count matters, sends what is pending first, so the command reads its own writes. Every SOP
 * statement of a command opens this session, which also makes a failed command roll them back.
 */
public final class PendingWrites implements Session {

  private final boolean oneRoundTrip;
  private final List<Write> writes = new ArrayList<>();

  private PendingWrites(boolean oneRoundTrip) {
    this.oneRoundTrip = oneRoundTrip;
  }

  /** Registers the session with the engine (once, whichever SOP plugin asks first). */
  public static void register(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    boolean registered = configuration.getCustomSessionFactories().stream()
        .anyMatch(factory -> factory.getSessionType() == PendingWrites.class);
    if (!registered) {
      configuration.getCustomSessionFactories().add(new Factory(configuration));
    }
  }

  /** The current command's pending writes, or null when the engine has no such session. */
  static PendingWrites of(CommandContext commandContext) {
    boolean registered = commandContext.getSessionFactories().containsKey(PendingWrites.class);
    return registered ? commandContext.getSession(PendingWrites.class) : null;
  }

  void add(String sql, Object[] parameters) {
    writes.add(new Write(sql, parameters));
  }

  @Override
  public void flush() {
    if (writes.isEmpty()) {
      return;
    }
    List<Write> sending = List.copyOf(writes);
    writes.clear();
    if (oneRoundTrip && sending.size() > 1) {
      EngineSql.execute(EngineSql.connection(), sending.stream().map(Write::sql).collect(Collectors.joining(";\n")),
          sending.stream().flatMap(write -> Arrays.stream(write.parameters())).toArray());
    } else {
      sending.forEach(write -> EngineSql.update(EngineSql.connection(), write.sql(), write.parameters()));
    }
  }

  @Override
  public void close() {
    writes.clear();
  }

  private record Write(String sql, Object[] parameters) {
  }

  private record Factory(ProcessEngineConfigurationImpl configuration) implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return PendingWrites.class;
    }

    @Override
    public Session openSession() {
      TransactionContext transaction = Context.getCommandContext().getTransactionContext();
      if (transaction instanceof StandaloneTransactionContext) {
        // without Spring, MyBatis rolls back only a session it wrote through itself; SOP writes bypass it
        transaction.addTransactionListener(TransactionState.ROLLINGBACK,
            commandContext -> commandContext.getDbSqlSession().getSqlSession().rollback(true));
      }
      // PostgreSQL's driver sends the statements of one multi-statement string in one round trip
      return new PendingWrites("postgres".equals(configuration.getDatabaseType()));
    }
  }
}
