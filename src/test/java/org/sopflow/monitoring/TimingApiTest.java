package org.sopflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sopflow.EngineScenario.clockAt;
import static org.sopflow.EngineScenario.wib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sopflow.ApiClient;
import org.sopflow.EngineScenario;
import org.sopflow.TestModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The timing figures against values computed by hand. The SOP: "terima" (ppid-petugas, 2 jam), then
 * "periksa" (ppid, 1 hari kerja); service standard 2 hari kerja. Friday works 07:30-11:30 and
 * 13:00-16:30, Monday to Thursday 07:30-12:00 and 13:00-16:00 (WIB).
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-timing-test;DB_CLOSE_DELAY=-1",
    "sop.deadlines.detection-interval=PT1H"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimingApiTest {

  private static final String KEY = "sop-waktu";
  private static final String WAITING_KEY = "sop-tunggu";
  private final ObjectMapper json = new ObjectMapper();
  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  private EngineScenario scenario;

  @BeforeAll
  void runThreeInstances() {
    scenario = new EngineScenario(engine);
    EngineScenario.awaitTimingPreload();
    scenario.deploy("sop-waktu.bpmn", TestModels.sop(KEY).processProperty("sop.waktu-layanan", "2 hari kerja")
        .lane("ppid-petugas", "Petugas").lane("ppid", "PPID")
        .task("terima", "ppid-petugas").taskProperty("terima", "sop.waktu", "2 jam")
        .task("periksa", "ppid").taskProperty("periksa", "sop.waktu", "1 hari kerja").xml());
    // A: Friday 15:00 to Monday 08:00 is 1.5 + 0.5 = 2 working hours (on time), then 2 hours.
    String a = start("2026-11-27T15:00");
    complete(a, "2026-11-30T08:00");
    complete(a, "2026-11-30T10:00");
    // B: Monday 08:00 to Tuesday 08:00 is 4 + 3 + 0.5 = 7.5 working hours (late); "periksa" stays open.
    String b = start("2026-11-30T08:00");
    complete(b, "2026-12-01T08:00");
    // C: one hour each.
    String c = start("2026-11-30T09:00");
    complete(c, "2026-11-30T10:00");
    complete(c, "2026-11-30T11:00");
    runWaitingInstances();
    clockAt("2026-12-02T12:00");
    EngineScenario.awaitTimingFreshness();
  }

  private String waiting;

  /** D waits for the applicant from Monday 09:00 to Tuesday 09:00; E still waits since Monday 09:00. */
  private void runWaitingInstances() {
    scenario.deploy("sop-tunggu.bpmn", TestModels.sop(WAITING_KEY).processProperty("sop.waktu-layanan", "2 hari kerja")
        .lane("ppid-petugas", "Petugas").task("terima", "ppid-petugas").taskProperty("terima", "sop.waktu", "2 jam")
        .applicantMessage("berkas", "ppid-petugas")
        .task("putuskan", "ppid-petugas").taskProperty("putuskan", "sop.waktu", "2 jam").xml());
    for (String instance : List.of(startOf(WAITING_KEY, "2026-11-30T08:00"), startOf(WAITING_KEY, "2026-11-30T08:00"))) {
      complete(instance, "2026-11-30T09:00");
      waiting = instance;
    }
    String d = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(WAITING_KEY).list().stream()
        .map(instance -> instance.getId()).filter(id -> !id.equals(waiting)).findFirst().orElseThrow();
    clockAt("2026-12-01T09:00");
    engine.getRuntimeService().createMessageCorrelation("berkas").processInstanceId(d).correlate();
    complete(d, "2026-12-01T10:00");
  }

  @AfterAll
  void resetClock() {
    EngineScenario.resetClock();
  }

  @Test
  void stepFiguresAreWorkingTimeAgainstTheStandard() throws Exception {
    JsonNode detail = get("/api/timing/" + KEY + "?from=2026-11-01&to=2026-12-31", "ppid");

    JsonNode terima = step(detail, "terima");
    assertThat(terima.get("role").asText()).isEqualTo("ppid-petugas");
    assertThat(terima.get("standardSeconds").asLong()).isEqualTo(7_200);
    assertThat(terima.get("completed").asLong()).isEqualTo(3);
    assertThat(terima.get("medianSeconds").asDouble()).isEqualTo(7_200);
    assertThat(terima.get("p90Seconds").asDouble()).isEqualTo(23_040); // 7200 + 0.8 * (27000 - 7200)
    assertThat(terima.get("maxSeconds").asLong()).isEqualTo(27_000);
    assertThat(terima.get("onTimeRate").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(terima.get("status").asText()).isEqualTo(TimingService.AMBER);

    JsonNode periksa = step(detail, "periksa");
    assertThat(periksa.get("standardSeconds").asLong()).isEqualTo(27_000);
    assertThat(periksa.get("completed").asLong()).isEqualTo(2);
    assertThat(periksa.get("medianSeconds").asDouble()).isEqualTo(5_400);
    assertThat(periksa.get("p90Seconds").asDouble()).isEqualTo(6_840);
    assertThat(periksa.get("onTimeRate").asDouble()).isEqualTo(1.0);
    assertThat(periksa.get("open").asLong()).isEqualTo(1);
    assertThat(periksa.get("openOverdue").asLong()).as("due Wednesday 08:00").isEqualTo(1);
    assertThat(periksa.get("status").asText()).isEqualTo(TimingService.GREEN);

    assertThat(detail.get("workload")).singleElement().satisfies(role -> {
      assertThat(role.get("role").asText()).isEqualTo("ppid");
      assertThat(role.get("openTasks").asLong()).isEqualTo(1);
      assertThat(role.get("overdueTasks").asLong()).isEqualTo(1);
    });
  }

  @Test
  void sopFiguresCountInstancesDurationsAndEvents() throws Exception {
    JsonNode sop = get("/api/timing/" + KEY + "?from=2026-11-01&to=2026-12-31", "admin:admin").get("sop");

    assertThat(sop.get("started").asLong()).isEqualTo(3);
    assertThat(sop.get("completed").asLong()).isEqualTo(2);
    assertThat(sop.get("running").asLong()).isEqualTo(1);
    assertThat(sop.get("medianSeconds").asDouble()).isEqualTo(10_800); // A 4 h (1.5 + 2.5), C 2 h
    assertThat(sop.get("p90Seconds").asDouble()).isEqualTo(13_680);
    assertThat(sop.get("serviceStandardSeconds").asLong()).isEqualTo(54_000);
    assertThat(sop.get("onTimeRate").asDouble()).isEqualTo(1.0);
    assertThat(sop.get("openOverdue").asLong()).as("B's service deadline was Wednesday 08:00").isEqualTo(1);
    assertThat(sop.get("eventsByCategory").get("PENUNDAAN_BERLARUT").asLong()).as("B's late step").isEqualTo(1);

    JsonNode overview = get("/api/timing?from=2026-11-01&to=2026-12-31", "admin:admin");
    assertThat(overview.get("sops").findValuesAsText("key")).contains(KEY, "pip-permohonan-informasi", "tik-berita-rahasia");
    assertThat(get("/api/timing", "ppid").get("sops").findValuesAsText("key")).as("the SOPs the PPID may read")
        .contains(KEY, "pip-permohonan-informasi").doesNotContain("tik-berita-rahasia");
    JsonNode neverRun = sopIn(overview, "tik-berita-rahasia");
    assertThat(neverRun.get("started").asLong()).isZero();
    assertThat(neverRun.get("medianSeconds").isNull()).isTrue();
    assertThat(sopIn(overview, KEY).get("completed").asLong()).isEqualTo(2);
  }

  @Test
  void theApplicantsTimeIsShownApartAndIsNeverOverdue() throws Exception {
    JsonNode detail = get("/api/timing/" + WAITING_KEY + "?from=2026-11-01&to=2026-12-31", "ppid");

    JsonNode berkas = step(detail, "berkas");
    assertThat(berkas.get("menungguPemohon").asBoolean()).isTrue();
    assertThat(berkas.get("standardSeconds").isNull()).isTrue();
    assertThat(berkas.get("completed").asLong()).isEqualTo(1);
    assertThat(berkas.get("medianSeconds").asDouble()).isEqualTo(27_000);
    assertThat(berkas.get("open").asLong()).isEqualTo(1);
    assertThat(berkas.get("openOverdue").asLong()).isZero();
    assertThat(berkas.get("status").isNull()).isTrue();
    assertThat(step(detail, "terima").get("menungguPemohon").asBoolean()).isFalse();

    JsonNode sop = detail.get("sop");
    assertThat(sop.get("completed").asLong()).isEqualTo(1);
    assertThat(sop.get("medianSeconds").asDouble()).as("the office's hour on Monday and on Tuesday").isEqualTo(7_200);
    assertThat(sop.get("openOverdue").asLong()).as("E's first deadline (Wednesday 08:00) has passed while waiting").isZero();

    JsonNode instance = get("/api/timing/instances/" + waiting, "ppid");
    assertThat(instance.get("waitingSince").asText()).isEqualTo(wib("2026-11-30T09:00").toString());
    assertThat(instance.get("serviceOverdue").asBoolean()).isFalse();
  }

  @Test
  void theWindowAndVersionNarrowTheFigures() throws Exception {
    JsonNode friday = get("/api/timing/" + KEY + "?from=2026-11-27&to=2026-11-29", "ppid");
    assertThat(friday.get("sop").get("started").asLong()).isEqualTo(1);
    assertThat(friday.get("sop").get("completed").asLong()).as("A ended on Monday").isZero();
    assertThat(get("/api/timing/" + KEY + "?from=2026-11-01&to=2026-12-31&version=1", "ppid").get("sop").get("completed")
        .asLong()).isEqualTo(2);
  }

  @Test
  void badRequestsAreNamedAndStaffAreRefused() {
    ApiClient api = new ApiClient(port);
    assertThat(api.get("/api/timing", "ppid-petugas").statusCode()).isEqualTo(403);
    assertThat(api.get("/api/timing", null).statusCode()).isEqualTo(401);
    HttpResponse<String> badDate = api.get("/api/timing?from=kemarin", "ppid");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body()).contains("from 'kemarin'");
    assertThat(api.get("/api/timing/" + KEY + "?version=satu", "ppid").body()).contains("version 'satu' is not a number");
    assertThat(api.get("/api/timing?from=2026-12-31&to=2026-12-01", "ppid").statusCode()).isEqualTo(400);
    assertThat(api.get("/api/timing/sop-tiada", "ppid").statusCode()).isEqualTo(404);
    assertThat(api.get("/api/timing/" + KEY + "?version=9", "ppid").statusCode()).isEqualTo(400);
  }

  private String start(String wib) {
    return startOf(KEY, wib);
  }

  private String startOf(String key, String wib) {
    clockAt(wib);
    return engine.getRuntimeService().startProcessInstanceByKey(key).getId();
  }

  private void complete(String instance, String wib) {
    clockAt(wib);
    engine.getTaskService().complete(scenario.task(instance).getId());
  }

  private JsonNode get(String path, String user) throws Exception {
    HttpResponse<String> response = new ApiClient(port).get(path, user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static JsonNode step(JsonNode detail, String activityId) {
    for (JsonNode step : detail.get("steps")) {
      if (step.get("activityId").asText().equals(activityId)) {
        return step;
      }
    }
    throw new AssertionError("no step " + activityId + " in " + detail);
  }

  private static JsonNode sopIn(JsonNode overview, String key) {
    for (JsonNode sop : overview.get("sops")) {
      if (sop.get("key").asText().equals(key)) {
        return sop;
      }
    }
    throw new AssertionError("no SOP " + key + " in " + overview);
  }
}
