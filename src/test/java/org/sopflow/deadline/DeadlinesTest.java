package org.sopflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sopflow.EngineScenario.clockAt;
import static org.sopflow.EngineScenario.wib;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sopflow.EngineScenario;
import org.sopflow.SopTestEngine;
import org.sopflow.TestModels;
import org.sopflow.deviation.Category;
import org.sopflow.deviation.MaladministrationEvent;
import org.sopflow.deviation.Rule;

/** Standard deadlines, service deadlines, their detection and escalation, with the engine clock moved. */
class DeadlinesTest {

  private final EngineScenario scenario = new EngineScenario(SopTestEngine.shared());
  private final RuntimeService runtime = scenario.engine().getRuntimeService();
  private final TaskService tasks = scenario.engine().getTaskService();
  private final OverdueDetector detector = SopTestEngine.detector(scenario.engine());

  @BeforeEach
  void deployAtTuesdayEleven() {
    clockAt("2026-11-24T11:00");
    scenario.deploy("sop-tenggat.bpmn", TestModels.sop("sop-tenggat")
        .processProperty("sop.waktu-layanan", "2 hari kerja")
        .lane("ppid-petugas", "Petugas").lane("ppid", "PPID")
        .task("terima", "ppid-petugas").taskProperty("terima", "sop.waktu", "2 jam")
        .taskProperty("terima", "sop.perpanjangan-layanan", "2 hari kerja")
        .task("periksa", "ppid").taskProperty("periksa", "sop.waktu", "1 hari kerja")
        .taskProperty("periksa", "sop.perpanjangan-layanan", "3 hari kerja").xml());
  }

  @AfterEach
  void cleanUp() {
    scenario.reset();
  }

  @Test
  void theDueDateIsTheStandardDeadlineOnTheWorkingCalendar() {
    String instance = start();
    // 11:00 + 2 jam across the 12:00-13:00 break
    assertThat(scenario.task(instance).getDueDate()).isEqualTo(Date.from(wib("2026-11-24T14:00")));
  }

  @Test
  void aPassedDeadlineIsRecordedOnceAndEscalatedToTheSupervisor() {
    String instance = start();
    clockAt("2026-11-24T14:00:05");

    detector.sweep();
    detector.sweep();

    List<MaladministrationEvent> events = events(instance, Rule.STEP_OVERDUE);
    assertThat(events).hasSize(1);
    MaladministrationEvent event = events.get(0);
    Task task = scenario.task(instance);
    assertThat(event.category()).isEqualTo(Category.PENUNDAAN_BERLARUT);
    assertThat(event.processDefinitionKey()).isEqualTo("sop-tenggat");
    assertThat(event.processDefinitionVersion()).isEqualTo(1);
    assertThat(event.businessKey()).isEqualTo("REG-1");
    assertThat(event.activityId()).isEqualTo("terima");
    assertThat(event.activityName()).isEqualTo("Langkah terima");
    assertThat(event.taskId()).isEqualTo(task.getId());
    assertThat(event.role()).isEqualTo("ppid-petugas");
    assertThat(event.userId()).isNull();
    assertThat(event.standardDeadline()).isEqualTo(wib("2026-11-24T14:00"));
    assertThat(event.occurredAt()).isEqualTo(wib("2026-11-24T14:00"));
    assertThat(event.detectedAt()).isEqualTo(wib("2026-11-24T14:00:05"));
    assertThat(event.overdueSeconds()).isEqualTo(5);
    assertThat(event.detail()).contains("dieskalasikan ke ppid");
    assertThat(event.hash()).hasSize(64);
    assertThat(candidateGroups(task)).containsExactlyInAnyOrder("ppid-petugas", "ppid");
    assertThat(tasks.getTaskComments(task.getId())).extracting(Comment::getFullMessage)
        .anySatisfy(message -> assertThat(message).contains("Eskalasi tingkat 1"));
  }

  @Test
  void escalationClimbsOneLevelPerIntervalAndNeverPastTheTop() {
    String instance = start();
    clockAt("2026-11-24T14:00:05");
    detector.sweep();
    clockAt("2026-11-25T14:00:10");
    detector.sweep();
    assertThat(candidateGroups(scenario.task(instance))).containsExactlyInAnyOrder("ppid-petugas", "ppid", "atasan-ppid");

    clockAt("2026-12-10T10:00");
    detector.sweep();
    assertThat(candidateGroups(scenario.task(instance))).hasSize(3);
    assertThat(events(instance, Rule.STEP_OVERDUE)).hasSize(1);
  }

  @Test
  void completingAfterTheDeadlineBeforeTheDetectorRunsIsRecordedOnce() {
    String instance = start();
    clockAt("2026-11-24T15:00");
    scenario.as("budi", () -> tasks.complete(scenario.task(instance).getId()));
    detector.sweep();

    List<MaladministrationEvent> events = events(instance, Rule.STEP_OVERDUE);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).overdueSeconds()).isEqualTo(3600);
  }

  @Test
  void aTaskCompletedInTimeIsNeverOverdue() {
    String instance = start();
    clockAt("2026-11-24T13:30");
    scenario.as("budi", () -> tasks.complete(scenario.task(instance).getId()));
    clockAt("2026-11-30T14:00");
    scenario.as("sari", () -> tasks.complete(scenario.task(instance).getId()));
    detector.sweep();
    assertThat(events(instance, Rule.STEP_OVERDUE)).extracting(MaladministrationEvent::activityId)
        .containsExactly("periksa");
  }

  @Test
  void theServiceDeadlineIsRecordedOncePerInstance() {
    String instance = start();
    clockAt("2026-11-26T11:00:01");
    detector.sweep();
    detector.sweep();

    List<MaladministrationEvent> events = events(instance, Rule.SERVICE_OVERDUE);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).standardDeadline()).isEqualTo(wib("2026-11-26T11:00"));
    assertThat(events.get(0).activityId()).isNull();
    assertThat(events.get(0).category()).isEqualTo(Category.PENUNDAAN_BERLARUT);
  }

  @Test
  void theServiceDeadlineIsExtendedOnceByTheFirstExtendingStep() {
    String late = start();
    scenario.as("budi", () -> tasks.complete(scenario.task(late).getId()));
    // Thursday 11:00 + 2 hari kerja = Monday 11:00; the second extending step adds nothing
    clockAt("2026-11-30T10:59");
    assertThat(events(late, Rule.SERVICE_OVERDUE)).isEmpty();
    detector.sweep();
    assertThat(events(late, Rule.SERVICE_OVERDUE)).isEmpty();
    clockAt("2026-12-01T11:00");
    scenario.as("sari", () -> tasks.complete(scenario.task(late).getId()));
    assertThat(events(late, Rule.SERVICE_OVERDUE)).hasSize(1)
        .allSatisfy(event -> assertThat(event.standardDeadline()).isEqualTo(wib("2026-11-30T11:00")));
  }

  @Test
  void twoEngineNodesOnOneDatabaseRecordEachPassedDeadlineOnce() throws Exception {
    ProcessEngine node1 = SopTestEngine.build("cluster-node-1", "cluster", ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    ProcessEngine node2 = SopTestEngine.build("cluster-node-2", "cluster", ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    try {
      EngineScenario cluster = new EngineScenario(node1);
      cluster.deploy("sop-klaster.bpmn", TestModels.sop("sop-klaster").lane("ppid", "PPID")
          .task("periksa", "ppid").taskProperty("periksa", "sop.waktu", "1 jam").xml());
      List<String> instances = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        ProcessEngine node = i % 2 == 0 ? node1 : node2;
        instances.add(node.getRuntimeService().startProcessInstanceByKey("sop-klaster").getId());
      }
      clockAt("2026-11-24T13:30");

      OverdueDetector detector1 = SopTestEngine.detector(node1);
      OverdueDetector detector2 = SopTestEngine.detector(node2);
      CompletableFuture<Integer> first = CompletableFuture.supplyAsync(detector1::sweep);
      CompletableFuture<Integer> second = CompletableFuture.supplyAsync(detector2::sweep);
      int recorded = first.get() + second.get();
      recorded += detector1.sweep() + detector2.sweep();

      assertThat(recorded).isEqualTo(20);
      for (String instance : instances) {
        assertThat(cluster.events(instance)).filteredOn(e -> e.rule() == Rule.STEP_OVERDUE).hasSize(1);
      }
    } finally {
      node2.close();
      node1.close();
    }
  }

  @Test
  void aDeadlineThatPassedWhileTheEngineWasDownIsRecordedRightAfterStart() {
    ProcessEngine before = SopTestEngine.build("restart-before", "restart", ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    new EngineScenario(before).deploy("sop-restart.bpmn", TestModels.sop("sop-restart").lane("ppid", "PPID")
        .task("periksa", "ppid").taskProperty("periksa", "sop.waktu", "1 jam").xml());
    String instance = before.getRuntimeService().startProcessInstanceByKey("sop-restart").getId();
    before.close();

    clockAt("2026-11-25T09:00");
    ProcessEngine after = SopTestEngine.build("restart-after", "restart", ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    try {
      assertThat(SopTestEngine.detector(after).sweep()).isEqualTo(1);
      assertThat(new EngineScenario(after).events(instance)).extracting(MaladministrationEvent::rule)
          .containsExactly(Rule.STEP_OVERDUE);
    } finally {
      after.close();
    }
  }

  @Test
  void aRoundTheClockSopCountsPlainHours() {
    clockAt("2026-11-27T15:30");
    scenario.deploy("sop-24jam.bpmn", TestModels.sop("sop-24jam").processProperty("sop.kalender", "24-jam")
        .lane("ppid", "PPID").task("tangani", "ppid").taskProperty("tangani", "sop.waktu", "2 jam").xml());
    String instance = runtime.startProcessInstanceByKey("sop-24jam").getId();
    assertThat(scenario.task(instance).getDueDate()).isEqualTo(Date.from(wib("2026-11-27T17:30")));
  }

  @Test
  void reachingTheStepOfAKindOfRequestSetsItsServiceStandard() {
    clockAt("2026-11-24T11:00"); // Tuesday; the SOP's standard, 2 hari kerja: Thursday 11:00
    scenario.deploy("sop-jenis.bpmn", TestModels.sop("sop-jenis").processProperty("sop.waktu-layanan", "2 hari kerja")
        .lane("pip-admin-lapor", "Admin").lane("kabid-pip", "Kabid")
        .task("verifikasi", "pip-admin-lapor").taskProperty("verifikasi", "sop.waktu", "1 hari kerja")
        .task("koordinasi", "kabid-pip").taskProperty("koordinasi", "sop.waktu", "14 hari kerja")
        .taskProperty("koordinasi", "sop.waktu-layanan", "15 hari kerja").xml());
    String instance = runtime.startProcessInstanceByKey("sop-jenis").getId();
    clockAt("2026-11-24T15:00");
    scenario.as("admin-lapor", () -> tasks.complete(scenario.task(instance).getId()));

    // 15 hari kerja from the start, Tuesday 24 November 11:00: Tuesday 15 December 11:00
    clockAt("2026-12-15T10:59");
    detector.sweep();
    assertThat(events(instance, Rule.SERVICE_OVERDUE)).isEmpty();
    clockAt("2026-12-15T11:00:01");
    detector.sweep();
    assertThat(events(instance, Rule.SERVICE_OVERDUE)).singleElement()
        .satisfies(event -> assertThat(event.standardDeadline()).isEqualTo(wib("2026-12-15T11:00")));
  }

  @Test
  void aStepOnTheRoundTheClockCalendarInsideAWorkingDaySop() {
    clockAt("2026-11-27T15:30"); // Friday
    scenario.deploy("sop-siaran.bpmn", TestModels.sop("sop-siaran").lane("ppid", "PPID")
        .task("siarkan", "ppid").taskProperty("siarkan", "sop.waktu", "2 jam").taskProperty("siarkan", "sop.kalender", "24-jam")
        .task("arsipkan", "ppid").taskProperty("arsipkan", "sop.waktu", "2 jam").xml());
    String instance = runtime.startProcessInstanceByKey("sop-siaran").getId();
    assertThat(scenario.task(instance).getDueDate()).isEqualTo(Date.from(wib("2026-11-27T17:30")));
    clockAt("2026-11-27T16:00");
    scenario.as("sari", () -> tasks.complete(scenario.task(instance).getId()));
    // the SOP's own calendar again: 30 minutes on Friday, 90 on Monday
    assertThat(scenario.task(instance).getDueDate()).isEqualTo(Date.from(wib("2026-11-30T09:00")));
  }

  @Test
  void aDeadlineFromADateOfTheRequestIsDetectedAsAnyDeadline() {
    clockAt("2026-11-24T11:00");
    scenario.deploy("sop-acara.bpmn", TestModels.sop("sop-acara").lane("ppid-petugas", "Petugas").lane("ppid", "PPID")
        .task("terima", "ppid-petugas").taskProperty("terima", "sop.waktu", "2 jam")
        .task("siapkan", "ppid").taskProperty("siapkan", "sop.tenggat-dari", "tanggalAcara")
        .taskProperty("siapkan", "sop.waktu", "1 hari kerja")
        .task("siarkan", "ppid").withoutWaktu("siarkan").taskProperty("siarkan", "sop.tenggat-dari", "tanggalAcara")
        .taskProperty("siarkan", "sop.kalender", "24-jam").xml());
    // as a Camunda Form's date field submits it: the event is on Monday
    String instance = runtime.startProcessInstanceByKey("sop-acara", "REG-A1",
        java.util.Map.of("tanggalAcara", "2026-11-30")).getId();
    scenario.as("budi", () -> tasks.complete(scenario.task(instance).getId()));

    // one working day before Monday's close: Friday's close
    assertThat(scenario.task(instance).getDueDate()).isEqualTo(Date.from(wib("2026-11-27T16:30")));
    clockAt("2026-11-27T16:30:05");
    detector.sweep();
    assertThat(events(instance, Rule.STEP_OVERDUE)).singleElement().satisfies(event -> {
      assertThat(event.activityId()).isEqualTo("siapkan");
      assertThat(event.standardDeadline()).isEqualTo(wib("2026-11-27T16:30"));
      assertThat(event.detail()).contains("dieskalasikan ke atasan-ppid");
    });

    clockAt("2026-11-28T09:00");
    scenario.as("sari", () -> tasks.complete(scenario.task(instance).getId()));
    // on air on the day itself, round the clock: until Monday midnight
    assertThat(scenario.task(instance).getDueDate()).isEqualTo(Date.from(wib("2026-12-01T00:00")));
  }

  @Test
  void aStepDueByAMissingDateRefusesTheCommandThatReachesIt() {
    clockAt("2026-11-24T11:00");
    scenario.deploy("sop-acara.bpmn", TestModels.sop("sop-acara").lane("ppid-petugas", "Petugas").lane("ppid", "PPID")
        .task("terima", "ppid-petugas").taskProperty("terima", "sop.waktu", "2 jam")
        .task("siapkan", "ppid").withoutWaktu("siapkan").taskProperty("siapkan", "sop.tenggat-dari", "tanggalAcara").xml());
    String missing = runtime.startProcessInstanceByKey("sop-acara").getId();
    String terima = scenario.task(missing).getId();
    assertThatThrownBy(() -> scenario.as("budi", () -> tasks.complete(terima)))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("'siapkan'").hasMessageContaining("'tanggalAcara'").hasMessageContaining("belum diisi");
    assertThat(scenario.task(missing).getId()).as("nothing moved").isEqualTo(terima);

    runtime.setVariable(missing, "tanggalAcara", "besok");
    assertThatThrownBy(() -> scenario.as("budi", () -> tasks.complete(terima)))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("'besok' bukan tanggal");
    runtime.setVariable(missing, "tanggalAcara", java.time.LocalDate.of(2026, 11, 26));
    scenario.as("budi", () -> tasks.complete(terima));
    assertThat(scenario.task(missing).getDueDate()).isEqualTo(Date.from(wib("2026-11-26T16:00")));
  }

  private String start() {
    return runtime.startProcessInstanceByKey("sop-tenggat", "REG-1").getId();
  }

  private List<MaladministrationEvent> events(String instance, Rule rule) {
    return scenario.events(instance).stream().filter(event -> event.rule() == rule).toList();
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(group -> group != null).toList();
  }
}
