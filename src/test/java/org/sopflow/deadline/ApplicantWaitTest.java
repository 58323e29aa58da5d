package org.sopflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sopflow.EngineScenario.clockAt;
import static org.sopflow.EngineScenario.wib;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sopflow.EngineScenario;
import org.sopflow.SopTestEngine;
import org.sopflow.TestModels;
import org.sopflow.deviation.MaladministrationEvent;
import org.sopflow.deviation.Rule;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The applicant's time does not count: while the office waits for the applicant
 * ({@code sop.menunggu-pemohon}) the service clock stands still, the service deadline then moves by
 * exactly the working time waited, and the waiting step itself is never overdue.
 */
class ApplicantWaitTest {

  private final EngineScenario scenario = new EngineScenario(SopTestEngine.shared());
  private final RuntimeService runtime = scenario.engine().getRuntimeService();
  private final TaskService tasks = scenario.engine().getTaskService();
  private final OverdueDetector detector = SopTestEngine.detector(scenario.engine());
  private final JdbcClient jdbc = JdbcClient.create(scenario.engine().getProcessEngineConfiguration().getDataSource());

  @AfterEach
  void cleanUp() {
    scenario.reset();
  }

  @Test
  void aWaitingStepMovesTheServiceDeadlineByExactlyItsWorkingTime() {
    clockAt("2026-11-24T11:00"); // Tuesday; 2 hari kerja: Thursday 11:00
    scenario.deploy("sop-tunggu.bpmn", TestModels.sop("sop-tunggu").processProperty("sop.waktu-layanan", "2 hari kerja")
        .lane("ppid-petugas", "Petugas").lane("ppid", "PPID")
        .task("terima", "ppid-petugas").taskProperty("terima", "sop.waktu", "2 jam")
        .task("lengkapi", "ppid-petugas").withoutWaktu("lengkapi").taskProperty("lengkapi", "sop.menunggu-pemohon", "true")
        .task("periksa", "ppid").taskProperty("periksa", "sop.waktu", "1 hari kerja").xml());
    String instance = runtime.startProcessInstanceByKey("sop-tunggu", "REG-T1").getId();
    assertThat(serviceDeadline(instance)).isEqualTo(wib("2026-11-26T11:00"));

    clockAt("2026-11-24T11:30");
    scenario.as("budi", () -> tasks.complete(scenario.task(instance).getId()));
    assertThat(scenario.task(instance).getDueDate()).as("the applicant's step has no standard").isNull();

    clockAt("2026-11-27T09:00"); // past the first deadline, while waiting
    detector.sweep();
    assertThat(scenario.events(instance)).isEmpty();

    // waited Tuesday 11:30 to Monday 11:30: 3.5 + 3 × 7.5 + 4 = 30 working hours
    clockAt("2026-11-30T11:30");
    scenario.as("budi", () -> tasks.complete(scenario.task(instance).getId()));
    assertThat(serviceDeadline(instance)).isEqualTo(wib("2026-12-02T11:00"));
    assertThat(waitingSeconds(instance)).isEqualTo(30 * 3600);

    clockAt("2026-12-02T10:59");
    detector.sweep();
    assertThat(events(instance, Rule.SERVICE_OVERDUE)).isEmpty();
    clockAt("2026-12-02T11:00:01");
    detector.sweep();
    assertThat(events(instance, Rule.SERVICE_OVERDUE)).singleElement()
        .satisfies(event -> assertThat(event.standardDeadline()).isEqualTo(wib("2026-12-02T11:00")));
    assertThat(events(instance, Rule.STEP_OVERDUE)).extracting(MaladministrationEvent::activityId)
        .containsExactly("periksa");
  }

  @Test
  void theOfficesWorkingTimeLeavesTheWaitOutAndTheWaitIsKeptApart() {
    clockAt("2026-11-24T11:00");
    scenario.deploy("sop-tunggu-pesan.bpmn", TestModels.sop("sop-tunggu-pesan")
        .processProperty("sop.waktu-layanan", "3 hari kerja").lane("ppid-petugas", "Petugas")
        .task("terima", "ppid-petugas").taskProperty("terima", "sop.waktu", "2 jam")
        .applicantMessage("berkasMasuk", "ppid-petugas")
        .task("putuskan", "ppid-petugas").taskProperty("putuskan", "sop.waktu", "1 hari kerja").xml());
    String instance = runtime.startProcessInstanceByKey("sop-tunggu-pesan", "REG-T2").getId();
    clockAt("2026-11-24T13:00");
    scenario.as("budi", () -> tasks.complete(scenario.task(instance).getId()));
    clockAt("2026-11-25T13:00"); // waited one working day, 7.5 hours
    runtime.createMessageCorrelation("berkasMasuk").processInstanceId(instance).correlate();
    clockAt("2026-11-25T15:00");
    scenario.as("budi", () -> tasks.complete(scenario.task(instance).getId()));

    // Tuesday 11:00 to Wednesday 15:00 is 4 + 6.5 = 10.5 working hours, 7.5 of them waited
    assertThat(jdbc.sql("SELECT working_seconds FROM sop_instance_deadline WHERE process_instance_id = ?")
        .param(instance).query(Long.class).single()).isEqualTo(3 * 3600);
    assertThat(waitingSeconds(instance)).isEqualTo(7 * 3600 + 1800);
    assertThat(jdbc.sql("SELECT activity_id, working_seconds FROM sop_applicant_wait WHERE process_instance_id = ?")
        .param(instance).query((row, i) -> row.getString(1) + "=" + row.getLong(2)).list())
        .containsExactly("berkasMasuk=27000");
    assertThat(scenario.events(instance)).isEmpty();
  }

  private Instant serviceDeadline(String instance) {
    return jdbc.sql("SELECT service_deadline FROM sop_instance_deadline WHERE process_instance_id = ?")
        .param(instance).query((row, i) -> row.getObject(1, java.time.OffsetDateTime.class).toInstant()).single();
  }

  private long waitingSeconds(String instance) {
    return jdbc.sql("SELECT waiting_seconds FROM sop_instance_deadline WHERE process_instance_id = ?")
        .param(instance).query(Long.class).single();
  }

  private List<MaladministrationEvent> events(String instance, Rule rule) {
    return scenario.events(instance).stream().filter(event -> event.rule() == rule).toList();
  }
}
