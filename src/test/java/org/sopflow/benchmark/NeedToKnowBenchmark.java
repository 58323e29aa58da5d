package org.sopflow.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.sopflow.TestModels;
import org.sopflow.engine.internal.AuthorizationStatistics;
import org.sopflow.engine.internal.ScalableAuthorizationManager;
import org.sopflow.roles.FinishedCases;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Need to know at scale (issue #31). Two PostgreSQL databases hold the same {@code
 * benchmark.needtoknow.cases} (100,000) finished cases of a three-lane SOP, with their tasks and
 * variables, and 300 open ones: "with" as the SOP layer leaves them (Camunda's historic instance
 * permissions on, a READ grant on the case's history for each role offered a step in it and the roles
 * above it, and on the running case for those above),
 * "without" as before the feature (each role reads the whole SOP's history). A member of the PPID
 * Pembantu role, offered a step in every {@code benchmark.needtoknow.every}-th case (2: half of them),
 * runs the queries of Tasklist and of history browsing on both, interleaved in one JVM: the role's
 * open tasks (first page), the last finished cases it may read (first page; the SOP layer's list,
 * {@code GET /api/kasus/selesai}, with its rows as the cases' ends leave them, and Camunda's history
 * query), and the variables of one case it took part in. Prints p50 / p95 per query and the ratio
 * with / without. Target: p95 ratio at most 1.2.
 */
public final class NeedToKnowBenchmark {

  private static final String KEY = "sop-perlu-tahu";
  private static final String DEFINITION = KEY + ":1:benchmark";
  private static final String MEMBER = "anggota-pembantu";
  private static final List<String> MEMBER_GROUPS = List.of("ppid-pembantu");
  private static final int OPEN = 300;
  /** The member's role is offered a step in every this-many-th case. */
  private static final int EVERY = Integer.getInteger("benchmark.needtoknow.every", 2);

  private NeedToKnowBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int cases = Integer.getInteger("benchmark.needtoknow.cases", 100_000);
    int rounds = Integer.getInteger("benchmark.needtoknow.rounds", 300);
    try (OverheadRun.Database with = OverheadRun.Database.start("postgres");
         OverheadRun.Database without = with.beside("tanpa_fitur")) {
      for (OverheadRun.Database db : List.of(with, without)) { // the SOP tables, as the application makes them
        Flyway.configure().dataSource(db.url(), db.user(), db.password()).load().migrate();
      }
      ProcessEngine withEngine = engine("perlu-tahu-dengan", with, true);
      ProcessEngine withoutEngine = engine("perlu-tahu-tanpa", without, false);
      long seeded = System.nanoTime();
      seed(withEngine, with, cases, true);
      seed(withoutEngine, without, cases, false);
      System.out.printf("FIGURES need-to-know: seeded %,d finished and %d open cases twice in %.1f s; the member's"
          + " role offered a step in 1 of every %d%n", cases, OPEN, (System.nanoTime() - seeded) / 1e9, EVERY);
      measure(withEngine, withoutEngine, rounds, cases);
      withEngine.close();
      withoutEngine.close();
    }
  }

  private static ProcessEngine engine(String name, OverheadRun.Database db, boolean needToKnow) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl(db.url());
    configuration.setJdbcUsername(db.user());
    configuration.setJdbcPassword(db.password());
    configuration.setJdbcDriver(db.driver());
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setAuthorizationEnabled(true);
    configuration.setEnableHistoricInstancePermissions(needToKnow);
    if (needToKnow && !Boolean.getBoolean("benchmark.needtoknow.camunda-manager")) {
      ScalableAuthorizationManager.register(configuration);
    }
    if (needToKnow && System.getProperty("benchmark.needtoknow.revokes") != null) {
      configuration.setAuthorizationCheckRevokes(System.getProperty("benchmark.needtoknow.revokes"));
    }
    configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._@-]*|camunda-admin");
    ProcessEngine engine = configuration.buildProcessEngine();
    if (needToKnow && !Boolean.getBoolean("benchmark.needtoknow.without-statistics")) {
      AuthorizationStatistics.create(engine);
    }
    return engine;
  }

  /**
   * The SOP, its grants, the finished cases written straight into Camunda's history tables (as the
   * engine would have), and the open cases started through the engine.
   */
  private static void seed(ProcessEngine engine, OverheadRun.Database db, int cases, boolean needToKnow)
      throws Exception {
    String model = TestModels.sop(KEY).lane("ppid-petugas", "Petugas").lane("ppid", "PPID")
        .lane("ppid-pembantu", "Pembantu").task("terima", "ppid-petugas").task("periksa", "ppid")
        .task("telusuri", "ppid-pembantu").xml()
        .replace("<bpmn:userTask id=\"terima\"", "<bpmn:userTask id=\"terima\" camunda:candidateGroups=\"ppid-petugas\"")
        .replace("<bpmn:userTask id=\"periksa\"", "<bpmn:userTask id=\"periksa\" camunda:candidateGroups=\"ppid\"")
        .replace("<bpmn:userTask id=\"telusuri\"",
            "<bpmn:userTask id=\"telusuri\" camunda:candidateGroups=\"ppid-pembantu\"");
    String definitionId = engine.getRepositoryService().createDeployment().addString(KEY + ".bpmn", model).deployWithResult()
        .getDeployedProcessDefinitions().get(0).getId();
    var identity = engine.getIdentityService();
    identity.saveGroup(identity.newGroup("ppid-pembantu"));
    identity.saveUser(identity.newUser(MEMBER));
    identity.createMembership(MEMBER, "ppid-pembantu");
    var authorizations = engine.getAuthorizationService();
    Authorization definition = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    definition.setGroupId("ppid-pembantu");
    definition.setResource(Resources.PROCESS_DEFINITION);
    definition.setResourceId(KEY);
    definition.addPermission(Permissions.READ);
    if (!needToKnow) {
      definition.addPermission(Permissions.READ_HISTORY);
    }
    authorizations.saveAuthorization(definition);
    try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
         Statement sql = connection.createStatement()) {
      String id = "'c' || n";
      String ended = "TIMESTAMP '2026-01-01 08:00' + (n || ' minutes')::interval";
      String series = " FROM generate_series(1, " + cases + ") AS n";
      sql.execute("INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_,"
          + " START_TIME_, END_TIME_, DURATION_, START_ACT_ID_, END_ACT_ID_, ROOT_PROC_INST_ID_, STATE_)"
          + " SELECT " + id + ", " + id + ", 'REG-' || n, '" + KEY + "', '" + definitionId + "', " + ended
          + " - interval '2 days', " + ended + ", 172800000, 'mulai', 'selesai', " + id + ", 'COMPLETED'" + series);
      for (String task : List.of("terima", "periksa", "telusuri")) {
        sql.execute("INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,"
            + " PROC_INST_ID_, EXECUTION_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, PRIORITY_)"
            + " SELECT 't" + task + "' || n, '" + task + "', '" + KEY + "', '" + definitionId + "', " + id + ", " + id
            + ", " + id + ", '" + task + "', 'petugas', " + ended + " - interval '1 day', " + ended + ", 86400000, 50"
            + series + (task.equals("telusuri") ? " WHERE n % " + EVERY + " = 0" : ""));
      }
      for (String variable : List.of("namaPemohon", "nomorIdentitas", "rincianInformasi")) {
        sql.execute("INSERT INTO ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,"
            + " EXECUTION_ID_, NAME_, VAR_TYPE_, CREATE_TIME_, REV_, TEXT_, STATE_)"
            + " SELECT 'v" + variable + "' || n, '" + KEY + "', '" + definitionId + "', " + id + ", " + id + ", " + id
            + ", '" + variable + "', 'string', " + ended + ", 0, 'nilai ' || n, 'CREATED'" + series);
      }
      if (needToKnow) { // what CaseAccess leaves: the roles offered a step and those above them read the
        // case's history, those above also the running case (a grant that outlives it), none naming a root;
        // written case after case, as the engine writes a case's grants together
        String history = Resources.HISTORIC_PROCESS_INSTANCE.resourceType() + ", "
            + HistoricProcessInstancePermissions.READ.getValue();
        String running = Resources.PROCESS_INSTANCE.resourceType() + ", " + Permissions.READ.getValue();
        String grants = String.join(", ", "('ppid-petugas', " + history + ", 1)", "('ppid', " + history + ", 1)",
            "('atasan-ppid', " + history + ", 1)", "('ppid', " + running + ", 1)", "('atasan-ppid', " + running + ", 1)",
            "('ppid-pembantu', " + history + ", " + EVERY + ")");
        sql.execute("INSERT INTO ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)"
            + " SELECT 'a' || g.type || g.role || n, 1, 1, g.role, g.type, " + id + ", g.perms" + series
            + " CROSS JOIN (VALUES " + grants + ") AS g (role, type, perms, every) WHERE n % g.every = 0 ORDER BY n");
      }
    }
    if (needToKnow) { // the rows the cases' ends leave for the lists of finished cases (the same statement fills
      // a database whose cases ended before the lists existed)
      finishedCases(engine).copyEndedCases();
    }
    try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
         Statement sql = connection.createStatement()) {
      sql.execute("VACUUM ANALYZE"); // as autovacuum leaves a database that has grown over years
    }
    for (int i = 0; i < OPEN; i++) { // open cases waiting at each step in turn
      String instance = engine.getRuntimeService().startProcessInstanceById(definitionId).getId();
      for (int step = 0; step < i % 3; step++) {
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(instance)
            .singleResult().getId());
      }
      if (needToKnow && i % 3 == 2) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId("ppid-pembantu");
        grant.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
        grant.setResourceId(instance);
        grant.addPermission(HistoricProcessInstancePermissions.READ);
        authorizations.saveAuthorization(grant);
      }
    }
  }

  /** The SOP layer's list of finished cases, on the engine's own pooled connections. */
  private static FinishedCases finishedCases(ProcessEngine engine) {
    DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    return new FinishedCases(JdbcClient.create(dataSource));
  }

  private record Query(String name, java.util.function.Function<ProcessEngine, Integer> run) {
  }

  private static void measure(ProcessEngine with, ProcessEngine without, int rounds, int cases) {
    Random random = new Random(31);
    FinishedCases withList = finishedCases(with);
    FinishedCases withoutList = finishedCases(without);
    List<String> listed = withList.readableBy(MEMBER_GROUPS, 0, 15).stream().map(FinishedCases.Kasus::processInstanceId)
        .toList();
    List<String> camunda = as(with, () -> with.getHistoryService().createHistoricProcessInstanceQuery().finished()
        .orderByProcessInstanceEndTime().desc().listPage(0, 15).stream().map(instance -> instance.getId()).toList());
    if (!listed.equals(camunda)) {
      throw new IllegalStateException("The SOP list " + listed + " is not Camunda's " + camunda);
    }
    List<Query> queries = List.of(
        new Query("SOP list: last finished cases", engine -> (engine == with
            ? withList.readableBy(MEMBER_GROUPS, 0, 15) : withoutList.all(0, 15)).size()),
        new Query("Tasklist: the role's open tasks", engine -> engine.getTaskService().createTaskQuery()
            .taskCandidateGroupIn(MEMBER_GROUPS).orderByTaskCreateTime().desc().listPage(0, 15).size()),
        new Query("Camunda: last finished cases", engine -> engine.getHistoryService()
            .createHistoricProcessInstanceQuery().processDefinitionKey(KEY).finished().orderByProcessInstanceEndTime()
            .desc().listPage(0, 15).size()),
        new Query("history: one case's variables", engine -> engine.getHistoryService()
            .createHistoricVariableInstanceQuery().processInstanceId("c" + EVERY * (1 + random.nextInt(Math.min(1000, cases / EVERY)))).list()
            .size()));
    for (Query query : queries) {
      long[][] times = new long[2][rounds];
      int[] found = new int[2];
      for (int round = -20; round < rounds; round++) { // 20 warm-up rounds
        for (int variant = 0; variant < 2; variant++) {
          ProcessEngine engine = (round + variant) % 2 == 0 ? with : without;
          int slot = engine == with ? 0 : 1;
          long start = System.nanoTime();
          int rows = as(engine, () -> query.run().apply(engine));
          if (round >= 0) {
            times[slot][round] = System.nanoTime() - start;
            found[slot] = rows;
          }
        }
      }
      double p95With = percentile(times[0], 0.95);
      double p95Without = percentile(times[1], 0.95);
      System.out.printf("FIGURES need-to-know %-32s with: p50 %6.2f ms p95 %6.2f ms (%d rows) | without: p50 %6.2f ms"
              + " p95 %6.2f ms (%d rows) | p95 ratio %.2f%n", query.name(), percentile(times[0], 0.5), p95With, found[0],
          percentile(times[1], 0.5), p95Without, found[1], p95With / p95Without);
    }
  }

  private static <T> T as(ProcessEngine engine, Supplier<T> query) {
    engine.getIdentityService().setAuthentication(MEMBER, MEMBER_GROUPS);
    try {
      return query.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static double percentile(long[] nanos, double share) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)] / 1e6;
  }
}
