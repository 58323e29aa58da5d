package org.sopflow.pdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sopflow.EngineScenario.clockAt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.sopflow.EngineScenario;
import org.sopflow.TestModels;
import org.sopflow.deadline.OverdueDetector;
import org.sopflow.tracking.Receipts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Retention: a case of an SOP kept "1 hari" is removed by Camunda's history clean-up once that day
 * is over, with the grants on it, and the SOP tables give up its rows (tracking code, survey mark),
 * while the timing figures and the IKM of its period stay as they were.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-retention-test;DB_CLOSE_DELAY=-1",
    "sop.deadlines.detection-interval=PT1H"})
@ActiveProfiles("demo")
class RetentionTest {

  private static final String KEY = "sop-retensi";
  private static final String PERIOD = "?from=2026-11-01&to=2026-11-30";
  private final ObjectMapper json = new ObjectMapper();
  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  RetentionSweep sweep;
  @Autowired
  OverdueDetector detector;

  @AfterEach
  void resetClock() {
    EngineScenario.resetClock();
  }

  @Test
  void aCasePastItsRetentionIsGoneFromHistoryAndTheSopTablesWhileItsFiguresStay() throws Exception {
    EngineScenario scenario = new EngineScenario(engine);
    EngineScenario.awaitTimingPreload();
    scenario.deploy("sop-retensi.bpmn", TestModels.sop(KEY).processProperty("sop.retensi", "1 hari")
        .processProperty("sop.layanan-publik", "true").processProperty("sop.waktu-layanan", "1 hari kerja")
        .lane("ppid-petugas", "Petugas").task("layani", "ppid-petugas").taskProperty("layani", "sop.waktu", "2 jam")
        .xml());
    clockAt("2026-11-24T08:00");
    String instance = engine.getRuntimeService().startProcessInstanceByKey(KEY).getId();
    Receipts.printedCode(port, instance, "admin:admin");
    clockAt("2026-11-24T11:00"); // past the step's 2 jam: escalated to ppid, who now follows the running case
    detector.sweep();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(instance).groupIdIn("ppid").count()).isOne();
    String task = scenario.task(instance).getId();
    scenario.as("ppid-petugas", () -> {
      engine.getTaskService().claim(task, "ppid-petugas");
      engine.getTaskService().complete(task);
    });
    ApiClient api = new ApiClient(port);
    assertThat(api.post("/api/skm/responses", "admin:admin", "{\"processInstanceId\": \"" + instance + "\", \"u1\": 4,"
        + " \"u2\": 4, \"u3\": 3, \"u4\": 4, \"u5\": 4, \"u6\": 3, \"u7\": 4, \"u8\": 4, \"u9\": 4}").statusCode())
        .isEqualTo(201);
    EngineScenario.awaitTimingFreshness();
    assertThat(rows(instance)).containsOnlyKeys("sop_tracking", "sop_skm_answered", "sop_case_reader");
    long readers = rows(instance).get("sop_case_reader");
    HistoricProcessInstance ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(instance).singleResult();
    assertThat(ended.getRemovalTime().toInstant()).isEqualTo(ended.getEndTime().toInstant().plusSeconds(86_400));
    JsonNode timing = get("/api/timing/" + KEY + PERIOD);
    JsonNode ikm = get("/api/skm" + PERIOD);
    assertThat(ikm.get("services").toString()).contains(KEY);

    clockAt("2026-11-25T08:00"); // not yet a day after it ended: nothing goes
    cleanUp();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance).count())
        .isOne();
    clockAt("2026-11-26T08:00");
    cleanUp();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance).count())
        .isZero();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance).count())
        .isZero();
    long grants = engine.getAuthorizationService().createAuthorizationQuery().resourceId(instance).count();
    assertThat(grants).as("the grants on the case, until the sweep").isPositive();
    assertThat(sweep.sweep()).isEqualTo(2 + grants + readers);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(instance).count())
        .as("the grants on the case").isZero();
    assertThat(rows(instance)).isEmpty();
    assertThat(get("/api/timing/" + KEY + PERIOD)).isEqualTo(timing);
    assertThat(get("/api/skm" + PERIOD)).isEqualTo(ikm);
  }

  @Test
  void theRetentionReportSaysWhatGoesWhenAndOnlyTheAdminReadsIt() throws Exception {
    JsonNode report = get("/api/pdp/retensi");
    assertThat(report.get("periodeBawaan").asText()).isEqualTo("5 tahun");
    assertThat(report.get("jendelaPembersihan").asText()).isEqualTo("22:00-05:00");
    assertThat(report.get("sop").toString()).contains("pip-permohonan-informasi");
    assertThat(new ApiClient(port).get("/api/pdp/retensi", "kepala-dinas").statusCode()).isEqualTo(403);
  }

  /**
   * Camunda's history clean-up, run now instead of in its nightly window, a few rounds; the job
   * executor may run the same job at the same time, which only makes a round fail.
   */
  private void cleanUp() throws InterruptedException {
    for (int round = 0; round < 5; round++) {
      try {
        Job job = engine.getHistoryService().cleanUpHistoryAsync(true);
        engine.getManagementService().executeJob(job.getId());
      } catch (OptimisticLockingException concurrentRun) {
        Thread.sleep(200);
      }
    }
  }

  /** The SOP tables that still hold a row of the case, by table. */
  private java.util.Map<String, Long> rows(String instance) {
    java.util.Map<String, Long> rows = new java.util.TreeMap<>();
    for (String table : List.of("sop_tracking", "sop_skm_answered", "sop_personal_data_access",
        "sop_case_reader")) {
      long count = jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE process_instance_id = ?").param(instance)
          .query(Long.class).single();
      if (count > 0) {
        rows.put(table, count);
      }
    }
    return rows;
  }

  private JsonNode get(String path) throws Exception {
    var response = new ApiClient(port).get(path, "admin:admin");
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }
}
