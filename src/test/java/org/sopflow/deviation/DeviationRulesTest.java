package org.sopflow.deviation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sopflow.EngineScenario.clockAt;
import static org.sopflow.EngineScenario.wib;

import java.sql.Connection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sopflow.EngineScenario;
import org.sopflow.SopTestEngine;
import org.sopflow.TestModels;

/** One test per procedure rule, through the engine API as Tasklist and REST callers use it. */
class DeviationRulesTest {

  private final EngineScenario scenario = new EngineScenario(SopTestEngine.shared());
  private final RuntimeService runtime = scenario.engine().getRuntimeService();
  private final TaskService tasks = scenario.engine().getTaskService();
  private final RepositoryService repository = scenario.engine().getRepositoryService();
  private String instance;

  @BeforeEach
  void startAnSopOfThreeSteps() {
    clockAt("2026-11-24T09:00");
    scenario.deploy("sop-aturan.bpmn", model());
    instance = runtime.startProcessInstanceByKey("sop-aturan", "REG-7").getId();
  }

  @AfterEach
  void cleanUp() {
    EngineScenario.resetClock();
    SopTestEngine.deleteDeployments(repository);
  }

  @Test
  void completionByAUserOutsideTheLaneIsRecorded() {
    scenario.as("admin", () -> tasks.complete(task().getId()));

    MaladministrationEvent event = only(Rule.COMPLETED_OUTSIDE_LANE);
    assertThat(event.category()).isEqualTo(Category.PENYIMPANGAN_PROSEDUR);
    assertThat(event.userId()).isEqualTo("admin");
    assertThat(event.role()).isEqualTo("ppid-petugas");
    assertThat(event.activityId()).isEqualTo("terima");
    assertThat(event.businessKey()).isEqualTo("REG-7");
    assertThat(event.detail()).contains("admin").contains("ppid-petugas");
  }

  @Test
  void completionByALaneMemberIsNoDeviation() {
    scenario.as("budi", () -> tasks.complete(task().getId()));
    scenario.as("sari", () -> tasks.complete(task().getId()));
    assertThat(scenario.events(instance)).isEmpty();
  }

  @Test
  void assigningOrDelegatingOutsideTheLaneIsRecorded() {
    scenario.as("budi", () -> tasks.claim(task().getId(), "budi"));
    assertThat(scenario.events(instance)).isEmpty();

    scenario.as("admin", () -> tasks.setAssignee(task().getId(), "orang-luar"));
    MaladministrationEvent event = only(Rule.REASSIGNED_OUTSIDE_LANE);
    assertThat(event.userId()).isEqualTo("admin");
    assertThat(event.detail()).contains("orang-luar");

    scenario.as("budi", () -> tasks.setAssignee(task().getId(), "budi"));
    scenario.as("budi", () -> tasks.delegateTask(task().getId(), "sari"));
    assertThat(events(Rule.REASSIGNED_OUTSIDE_LANE)).hasSize(2);
  }

  @Test
  void movingTheDueDateAwayFromTheStandardIsRecordedAndTheStandardStays() {
    Task task = task();
    Date standard = task.getDueDate();
    task.setDueDate(Date.from(wib("2026-12-04T09:00")));
    scenario.as("budi", () -> tasks.saveTask(task));

    MaladministrationEvent event = only(Rule.DUE_DATE_CHANGED);
    assertThat(event.userId()).isEqualTo("budi");
    assertThat(event.standardDeadline()).isEqualTo(standard.toInstant());
    assertThat(event.detail()).contains("2026-12-04T02:00:00Z");

    Task moved = task();
    moved.setPriority(80);
    scenario.as("budi", () -> tasks.saveTask(moved));
    moved.setDueDate(standard);
    scenario.as("budi", () -> tasks.saveTask(moved));
    assertThat(events(Rule.DUE_DATE_CHANGED)).hasSize(1);
  }

  @Test
  void modificationThatCancelsAStepAndStartsPastTheNextRecordsBothSkipped() {
    scenario.as("admin", () -> runtime.createProcessInstanceModification(instance)
        .cancelAllForActivity("terima").startBeforeActivity("putuskan").execute());

    assertThat(events(Rule.STEP_SKIPPED)).extracting(MaladministrationEvent::activityId)
        .containsExactlyInAnyOrder("terima", "periksa");
    assertThat(events(Rule.STEP_SKIPPED)).allSatisfy(event -> {
      assertThat(event.userId()).isEqualTo("admin");
      assertThat(event.category()).isEqualTo(Category.PENYIMPANGAN_PROSEDUR);
    });
    assertThat(task().getTaskDefinitionKey()).isEqualTo("putuskan");
  }

  @Test
  void modificationThatSkipsCustomListenersIsRecordedAllTheSame() {
    scenario.as("budi", () -> tasks.complete(task().getId()));
    scenario.as("admin", () -> runtime.createProcessInstanceModification(instance)
        .cancelAllForActivity("periksa").startBeforeActivity("putuskan").execute(true, true));
    assertThat(events(Rule.STEP_SKIPPED)).extracting(MaladministrationEvent::activityId).containsExactly("periksa");
  }

  @Test
  void migrationOntoALaterStepRecordsTheStepsItSkips() {
    String target = repository.createProcessDefinitionQuery().processDefinitionKey("sop-aturan").singleResult().getId();
    scenario.deploy("sop-aturan.bpmn", model().replace("SOP uji", "SOP uji v2"));
    String v2 = repository.createProcessDefinitionQuery().processDefinitionKey("sop-aturan").latestVersion()
        .singleResult().getId();
    MigrationPlan plan = runtime.createMigrationPlan(target, v2).mapActivities("terima", "putuskan").build();

    scenario.as("admin", () -> runtime.newMigration(plan).processInstanceIds(instance).execute());

    assertThat(events(Rule.STEP_SKIPPED)).extracting(MaladministrationEvent::activityId)
        .containsExactlyInAnyOrder("terima", "periksa");
  }

  @Test
  void deletingAnInstanceBeforeItsEndIsAFailureToServe() {
    scenario.as("admin", () -> runtime.deleteProcessInstance(instance, "Permohonan ganda"));

    MaladministrationEvent event = only(Rule.INSTANCE_CANCELLED);
    assertThat(event.category()).isEqualTo(Category.TIDAK_MEMBERIKAN_PELAYANAN);
    assertThat(event.userId()).isEqualTo("admin");
    assertThat(event.activityId()).isNull();
    assertThat(event.detail()).contains("Permohonan ganda");
    assertThat(events(Rule.STEP_SKIPPED)).isEmpty();
  }

  @Test
  void anInstanceThatReachesItsEndIsNotCancelled() {
    scenario.as("budi", () -> tasks.complete(task().getId()));
    scenario.as("sari", () -> tasks.complete(task().getId()));
    scenario.as("atasan", () -> tasks.complete(task().getId()));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(scenario.events(instance)).isEmpty();
  }

  @Test
  void theChainOfTheSharedLogVerifies() throws Exception {
    scenario.as("admin", () -> tasks.complete(task().getId()));
    try (Connection connection = scenario.connection()) {
      MaladministrationEvents.ChainVerification verification = scenario.log().verify();
      assertThat(verification.valid()).isTrue();
      assertThat(verification.events()).isPositive();
    }
  }

  private static String model() {
    return TestModels.sop("sop-aturan")
        .lane("ppid-petugas", "Petugas").lane("ppid", "PPID").lane("atasan-ppid", "Atasan")
        .task("terima", "ppid-petugas").taskProperty("terima", "sop.waktu", "1 hari kerja")
        .task("periksa", "ppid").taskProperty("periksa", "sop.waktu", "1 hari kerja")
        .task("putuskan", "atasan-ppid").taskProperty("putuskan", "sop.waktu", "1 hari kerja").xml();
  }

  private Task task() {
    return scenario.task(instance);
  }

  private List<MaladministrationEvent> events(Rule rule) {
    return scenario.events(instance).stream().filter(event -> event.rule() == rule).toList();
  }

  private MaladministrationEvent only(Rule rule) {
    List<MaladministrationEvent> events = events(rule);
    assertThat(events).as("%s events", rule).hasSize(1);
    return events.get(0);
  }
}
