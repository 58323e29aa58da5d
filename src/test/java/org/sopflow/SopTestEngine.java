package org.sopflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.flywaydb.core.Flyway;
import org.sopflow.calendar.CalendarProperties;
import org.sopflow.calendar.HolidayFiles;
import org.sopflow.calendar.StandardTime;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.deadline.DeadlineHook;
import org.sopflow.deadline.OverdueDetector;
import org.sopflow.deviation.DeviationHook;
import org.sopflow.deviation.MaladministrationLog;
import org.sopflow.engine.EngineClock;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.engine.SopEngineHook;
import org.sopflow.engine.SopEnginePlugin;
import org.sopflow.lint.LintHook;
import org.sopflow.lint.SopLint;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.roles.RolesHook;

/**
 * A plain in-memory Camunda engine with the SOP plugins and the project's role catalogue: what the
 * application runs, without Spring, so model tests start in well under a second.
 */
public final class SopTestEngine {

  /** The Diskominfo's SOP folder, the catalogue most tests run. */
  public static final Path PROCESSES = Path.of("processes", "diskominfo");
  /** The city's folder: every OPD's folder the application deploys. */
  public static final Path CITY = Path.of("processes");
  /** The application's default calendar with the project's holiday files. */
  public static final WorkingCalendar CALENDAR = new WorkingCalendar(
      new CalendarProperties(ZoneId.of("Asia/Jakarta"), null, List.of(), null, null, null),
      HolidayFiles.read("classpath*:calendar/hari-libur-*.yaml"));
  /** The SOP layer's time: Camunda's clock, which the tests move with ClockUtil. */
  public static final Clock CLOCK = new EngineClock();
  public static final EngineTransaction TRANSACTION = new EngineTransaction();
  public static final MaladministrationLog LOG = new MaladministrationLog(TRANSACTION, CLOCK);
  private static ProcessEngine shared;

  private SopTestEngine() {
  }

  /** One engine for all model tests of a run; each test deletes its deployments. */
  /** After a test: no deployment (with its instances and history) left behind. */
  public static void deleteDeployments(org.camunda.bpm.engine.RepositoryService repository) {
    repository.createDeploymentQuery().list().forEach(d -> repository.deleteDeployment(d.getId(), true));
  }

  public static synchronized ProcessEngine shared() {
    if (shared == null) {
      shared = build("sop-test-engine");
    }
    return shared;
  }

  public static ProcessEngine build(String name) {
    return build(name, name, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
  }

  /**
   * An engine node on the in-memory database {@code database}; several nodes may share one, as a
   * cluster shares one PostgreSQL. Only the first node of a database should drop its schema.
   */
  public static ProcessEngine build(String name, String database, String schemaUpdate) {
    String url = TestDatabases.jdbcUrl(database);
    Flyway.configure().dataSource(url, TestDatabases.user(), TestDatabases.password()).load().migrate();
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl(url);
    configuration.setJdbcUsername(TestDatabases.user());
    configuration.setJdbcPassword(TestDatabases.password());
    if (TestDatabases.onPostgres()) {
      configuration.setJdbcDriver("org.postgresql.Driver");
    }
    configuration.setDatabaseSchemaUpdate(schemaUpdate);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setProcessEnginePlugins(List.of(new SopEnginePlugin(hooks())));
    return configuration.buildProcessEngine();
  }

  /** The application's engine hooks (the script policy aside): lint, roles, deviations, deadlines. */
  public static List<SopEngineHook> hooks() {
    return List.of(new LintHook(lint()), new RolesHook(roleCatalogue()), new DeviationHook(LOG, TRANSACTION),
        new DeadlineHook(CALENDAR, LOG, TRANSACTION, CLOCK));
  }

  /** The detector as each application node runs it, on the given engine, escalating every working day. */
  public static OverdueDetector detector(ProcessEngine engine) {
    return new OverdueDetector(engine, TRANSACTION, CLOCK, CALENDAR,
        roleCatalogue(), LOG, StandardTime.parse("1 hari kerja"), 200);
  }

  /** The lint as the application runs it at deploy time, with the project's roles and calendar. */
  public static SopLint lint() {
    return new SopLint(roleCatalogue(), CALENDAR.workingDaySeconds());
  }

  public static RoleCatalogue roleCatalogue() {
    return RoleCatalogue.readFolder(PROCESSES);
  }

  private static boolean isModelFile(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && (name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form"));
  }

  /** Adds every model file (BPMN, DMN, form) of {@code processes/}: the whole SOP catalogue. */
  public static DeploymentBuilder addCatalogue(DeploymentBuilder deployment) {
    return addFolder(deployment, "");
  }

  /** Adds every model file of one folder of {@code processes/} under its path relative to {@code processes/}. */
  public static DeploymentBuilder addFolder(DeploymentBuilder deployment, String folder) {
    try (Stream<Path> files = Files.walk(PROCESSES.resolve(folder))) {
      for (Path file : files.filter(SopTestEngine::isModelFile).toList()) {
        String name = PROCESSES.relativize(file).toString().replace('\\', '/');
        deployment.addString(name, Files.readString(file));
      }
      return deployment;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
