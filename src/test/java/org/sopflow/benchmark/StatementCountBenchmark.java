package org.sopflow.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The database round trips per instance of the reference SOP in each variant of
 * {@link OverheadBenchmark}: every JDBC execution of the engine and the SOP layer (a batch counts
 * once; a string of several statements too, as PostgreSQL's driver sends it in one round trip), by
 * statement, on embedded PostgreSQL after a short warm-up. Shows where variant (a) spends its extra
 * time on a networked database, where each round trip costs. Arguments: the variants (default a b c d).
 */
public final class StatementCountBenchmark {

  private static final int WARM_UP = 300;
  private static final int COUNTED = 300;

  private final Map<String, Integer> executions = new ConcurrentHashMap<>();
  private final Map<String, Long> nanos = new ConcurrentHashMap<>();
  private volatile boolean counting;

  private StatementCountBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    for (String variant : args.length == 0 ? new String[] {"a", "b", "c", "d"} : args) {
      new StatementCountBenchmark().count(variant);
    }
  }

  private void count(String variant) throws Exception {
    try (OverheadRun.Database db = OverheadRun.Database.start("postgres")) {
      // pooled, as in the timed runs: a connection per command would time PostgreSQL's start of a backend
      PooledDataSource postgres = new PooledDataSource(db.driver(), db.url(), db.user(), db.password());
      ProcessEngineConfigurationImpl configuration = OverheadRun.configuration(variant, db);
      configuration.setDataSource(proxy(DataSource.class, postgres, (result, method, args, spent) ->
          result instanceof Connection connection ? proxy(Connection.class, connection, this::countPrepared) : result));
      configuration.setJobExecutorActivate(false);
      ProcessEngine engine = configuration.buildProcessEngine();
      OverheadRun.deploy(engine, variant);
      OverheadRun.serve(engine, WARM_UP);
      counting = true;
      OverheadRun.serve(engine, COUNTED);
      counting = false;
      engine.close();
    }
    long roundTrips = 0;
    long totalNanos = 0;
    System.out.printf("variant (%s): per instance, round trips and their milliseconds (from the call to its return)%n", variant);
    for (Map.Entry<String, Integer> execution : new TreeMap<>(executions).entrySet()) {
      long spent = nanos.get(execution.getKey());
      System.out.printf(java.util.Locale.ROOT, "%7.2f %7.3f ms  %s%n", execution.getValue() / (double) COUNTED,
          spent / 1e6 / COUNTED, execution.getKey());
      roundTrips += execution.getValue();
      totalNanos += spent;
    }
    System.out.printf(java.util.Locale.ROOT,
        "variant (%s): %.2f round trips per instance (JDBC executions; a batch counts once), %.2f ms in them%n%n",
        variant, roundTrips / (double) COUNTED, totalNanos / 1e6 / COUNTED);
  }

  /** Wraps each prepared statement so that its executions are counted and timed under the start of its SQL. */
  private Object countPrepared(Object result, java.lang.reflect.Method method, Object[] args, long preparing) {
    if (!method.getName().equals("prepareStatement") || !(result instanceof PreparedStatement statement)) {
      return result;
    }
    String sql = ((String) args[0]).replaceAll("\\s+", " ").trim();
    String key = sql.substring(0, Math.min(72, sql.length()));
    return proxy(PreparedStatement.class, statement, (value, called, calledArgs, spent) -> {
      if (counting && called.getName().startsWith("execute")) {
        executions.merge(called.getName() + " " + key, 1, Integer::sum);
        nanos.merge(called.getName() + " " + key, spent, Long::sum);
      }
      return value;
    });
  }

  /** What to do with the result of a call on the wrapped object, given the nanoseconds it took. */
  private interface AfterCall {
    Object apply(Object result, java.lang.reflect.Method method, Object[] args, long nanos) throws Exception;
  }

  private static <T> T proxy(Class<T> type, T target, AfterCall after) {
    InvocationHandler handler = (proxy, method, args) -> {
      long start = System.nanoTime();
      try {
        Object result = method.invoke(target, args);
        return after.apply(result, method, args, System.nanoTime() - start);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return type.cast(Proxy.newProxyInstance(StatementCountBenchmark.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
