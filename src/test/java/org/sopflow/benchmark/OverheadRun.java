package org.sopflow.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.flywaydb.core.Flyway;
import org.sopflow.SopTestEngine;
import org.sopflow.deadline.DeadlineHook;
import org.sopflow.deadline.OverdueDetector;
import org.sopflow.calendar.StandardTime;
import org.sopflow.deviation.DeviationHook;
import org.sopflow.engine.SopEngineHook;
import org.sopflow.engine.SopEnginePlugin;
import org.sopflow.notification.BenchmarkNotifications;
import org.sopflow.roles.RolesHook;

/**
 * One measured run in its own JVM: an engine of one variant on one database, warmed up, then
 * timed. Prints {@code RESULT <instances per second> <JVM CPU ms per instance> <database CPU ms per instance>}. Run by {@link OverheadBenchmark}.
 */
public final class OverheadRun {

  private OverheadRun() {
  }

  public static void main(String[] args) throws Exception {
    String variant = args[0];
    String database = args[1];
    int warmUp = Integer.parseInt(args[2]);
    int measured = Integer.parseInt(args[3]);
    int threads = args.length > 4 ? Integer.parseInt(args[4]) : 1;
    try (Database db = Database.start(database); Variant running = Variant.start(variant, db)) {
      ProcessEngine engine = running.engine();
      serve(engine, warmUp, threads);
      running.drain();
      CpuClock cpu = CpuClock.of(db.url(), db.user(), db.password());
      long jvmBefore = cpu.jvmMillis();
      long databaseBefore = cpu.databaseMillis();
      long start = System.nanoTime();
      serve(engine, measured, threads);
      running.drain();
      double seconds = (System.nanoTime() - start) / 1e9;
      double jvmPerInstance = (cpu.jvmMillis() - jvmBefore) / (double) measured;
      double databasePerInstance = (cpu.databaseMillis() - databaseBefore) / (double) measured;
      System.out.printf(java.util.Locale.ROOT, "RESULT %.2f %.3f %.3f%n", measured / seconds, jvmPerInstance,
          databasePerInstance);
    }
  }

  /**
   * A variant's engine with the reference SOP deployed and, with the SOP layer, the deadline detector
   * sweeping; with notifications (n), their outbox too.
   */
  record Variant(ProcessEngine engine, ScheduledExecutorService detection, BenchmarkNotifications notifications)
      implements AutoCloseable {

    static Variant start(String variant, Database db) {
      BenchmarkNotifications notifications = base(variant).equals("n") ? new BenchmarkNotifications() : null;
      ProcessEngine engine = OverheadRun.configuration(variant, db, notifications).buildProcessEngine();
      ScheduledExecutorService detection = null;
      if (withSopLayer(variant)) {
        // the SOP layer includes its deadline detector, sweeping every 5 s as the application does
        OverdueDetector detector = new OverdueDetector(engine, SopTestEngine.TRANSACTION, SopTestEngine.CLOCK, SopTestEngine.CALENDAR, SopTestEngine.roleCatalogue(),
            SopTestEngine.LOG, StandardTime.parse("1 hari kerja"), 200,
            notifications == null ? List.of() : List.of(notifications.deadlineListener()));
        detection = Executors.newSingleThreadScheduledExecutor();
        detection.scheduleWithFixedDelay(detector::sweep, 0, 5, TimeUnit.SECONDS);
      }
      if (notifications != null) {
        notifications.start(engine, SopTestEngine.roleCatalogue(), SopTestEngine.CALENDAR, db.url(), db.user(),
            db.password());
      }
      deploy(engine, variant);
      return new Variant(engine, detection, notifications);
    }

    /**
     * Serves instances one after the other; with notifications, then composes the messages of all
     * they caused (digests due at once), so the variant's time includes them.
     */
    void serve(int instances) {
      OverheadRun.serve(engine, instances);
      drain();
    }

    void drain() {
      if (notifications != null) {
        notifications.compose();
      }
    }

    @Override
    public void close() {
      if (notifications != null) {
        System.out.printf("  (n) e-mails received by the SMTP server: %d; composed, not yet sent: %d%n",
            notifications.received(), notifications.unsent());
      }
      if (detection != null) {
        detection.shutdownNow();
      }
      engine.close();
      if (notifications != null) {
        notifications.close();
      }
    }
  }

  /**
   * A variant name without its tenant mark: {@code at} is (a) deployed to a tenant, so tenants on and
   * off can take turns in one JVM.
   */
  static String base(String variant) {
    return variant.length() == 2 && variant.endsWith("t") ? variant.substring(0, 1) : variant;
  }

  /** The tenant a variant deploys to: an OPD for a {@code t} variant, else {@code -Dbenchmark.tenant}. */
  static String tenant(String variant) {
    return base(variant).equals(variant) ? System.getProperty("benchmark.tenant") : "diskominfo";
  }

  static String model(String variant) {
    return switch (base(variant)) {
      case "a" -> ReferenceSop.sopModel();
      case "b" -> ReferenceSop.bareModel();
      case "c" -> ReferenceSop.handWrittenModel();
      case "d", "e" -> ReferenceSop.rolesOnlyModel();
      case "f", "n" -> ReferenceSop.sopModel();
      default -> throw new IllegalArgumentException(
          "variant " + variant + ": expected a, b, c, d, e, f or n, each with an optional t (to a tenant)");
    };
  }

  /** {@code instances} split over client threads, each serving its share one after the other. */
  static void serve(ProcessEngine engine, int instances, int threads) throws InterruptedException {
    if (threads == 1) {
      serve(engine, instances);
      return;
    }
    var pool = Executors.newFixedThreadPool(threads);
    List<java.util.concurrent.Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int share = instances / threads + (t < instances % threads ? 1 : 0);
      done.add(pool.submit(() -> serve(engine, share)));
    }
    for (var future : done) {
      try {
        future.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    pool.shutdown();
  }

  /**
   * Deploys the reference SOP, to the variant's tenant (an OPD of a city installation), or without one.
   */
  static void deploy(ProcessEngine engine, String variant) {
    engine.getRepositoryService().createDeployment().tenantId(tenant(variant))
        .addString("acuan.bpmn", model(variant)).deploy();
  }

  /** Starts and completes instances one after the other through the Java API. */
  static void serve(ProcessEngine engine, int instances) {
    RuntimeService runtime = engine.getRuntimeService();
    TaskService tasks = engine.getTaskService();
    for (int i = 0; i < instances; i++) {
      String instance = runtime.startProcessInstanceByKey(ReferenceSop.KEY).getId();
      for (int step = 0; step < ReferenceSop.TASKS.length; step++) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
      }
    }
  }

  static ProcessEngine engine(String variant, Database db) {
    return configuration(variant, db, null).buildProcessEngine();
  }

  static ProcessEngineConfigurationImpl configuration(String variant, Database db) {
    return configuration(variant, db, null);
  }

  /** The variant's engine configuration: plain Camunda, or with the SOP layer's plugins (a, f, n). */
  static ProcessEngineConfigurationImpl configuration(String variant, Database db, BenchmarkNotifications notifications) {
    ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("benchmark-" + variant);
    configuration.setJdbcUrl(db.url());
    configuration.setJdbcUsername(db.user());
    configuration.setJdbcPassword(db.password());
    configuration.setJdbcDriver(db.driver());
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(true);
    // as in the application: the engine writes the grants (Camunda's per task, the SOP layer's per case)
    configuration.setAuthorizationEnabled(Boolean.getBoolean("benchmark.authorization"));
    List<ProcessEnginePlugin> plugins = new ArrayList<>();
    if (withSopLayer(variant)) {
      Flyway.configure().dataSource(db.url(), db.user(), db.password()).load().migrate();
      List<SopEngineHook> hooks = new ArrayList<>(List.of(new RolesHook(SopTestEngine.roleCatalogue()),
          new DeviationHook(SopTestEngine.LOG, SopTestEngine.TRANSACTION)));
      hooks.add(new DeadlineHook(SopTestEngine.CALENDAR, SopTestEngine.LOG, SopTestEngine.TRANSACTION,
          SopTestEngine.CLOCK));
      if (notifications != null) {
        hooks.add(notifications.hook(SopTestEngine.CALENDAR));
      }
      plugins.add(new SopEnginePlugin(hooks));
    }
    configuration.setProcessEnginePlugins(plugins);
    if (base(variant).equals("e") || base(variant).equals("f")) {
      // registered after the built-in levels under the same name, so "full" resolves to it
      configuration.setCustomHistoryLevels(List.of(new CandidateGroupsUnrecorded()));
    }
    return configuration;
  }

  /** (a); (f): (a) without the history of candidate groups; (n): (a) with notifications by e-mail. */
  static boolean withSopLayer(String variant) {
    return List.of("a", "f", "n").contains(base(variant));
  }

  /**
   * Full history except the identity-link log of candidate groups (ACT_HI_IDENTITYLINK): prices the one
   * part of Camunda's candidate groups a deployment could give up, for variants (e) and (f). Not the
   * product's behaviour: the application keeps Camunda's full history.
   */
  static final class CandidateGroupsUnrecorded extends HistoryLevelFull {

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      boolean identityLink = eventType == HistoryEventTypes.IDENTITY_LINK_ADD
          || eventType == HistoryEventTypes.IDENTITY_LINK_DELETE;
      return !(identityLink && entity instanceof IdentityLinkEntity link && link.getGroupId() != null
          && IdentityLinkType.CANDIDATE.equals(link.getType()));
    }
  }

  /** A fresh database for one run: an H2 file or an embedded PostgreSQL. */
  record Database(String url, String user, String password, String driver, AutoCloseable server)
      implements AutoCloseable {

    static Database start(String kind) throws Exception {
      if (kind.equals("postgres")) {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        return new Database(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
            "org.postgresql.Driver", postgres);
      }
      return h2();
    }

    private static Database h2() throws IOException {
      Path folder = Files.createTempDirectory("sopflow-benchmark-h2-");
      return new Database("jdbc:h2:file:" + folder.resolve("engine") + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "",
          "org.h2.Driver", () -> { });
    }

    /** Another fresh database beside this one: on the same PostgreSQL server, or another H2 file. */
    Database beside(String name) throws Exception {
      if (!(server instanceof EmbeddedPostgres postgres)) {
        return h2();
      }
      try (Connection connection = DriverManager.getConnection(url, user, password);
           Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE " + name);
      }
      return new Database(postgres.getJdbcUrl("postgres", name), user, password, driver, () -> { });
    }

    @Override
    public void close() throws Exception {
      server.close();
    }
  }
}
