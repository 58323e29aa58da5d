package org.sopflow.roles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.sopflow.EngineScenario;
import org.sopflow.deadline.OverdueDetector;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A complaint Diskominfo's SP4N-LAPOR! desk forwards to Kecamatan Kanigaran, an OPD on the same
 * installation: the kecamatan's liaison (its own staff, its role) sees and does that case's step and
 * nothing else of Diskominfo; the step, its deadline and its deviation count for the kecamatan.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-hand-off-test;DB_CLOSE_DELAY=-1",
    "sop.deadlines.detection-interval=PT1H"})
@ActiveProfiles("demo")
class CrossOpdHandOffTest {

  private static final String LIAISON = "opd-penghubung-lapor.kanigaran";
  private static final String PERIOD = "?from=2026-01-01&to=2027-12-31";
  private final ObjectMapper json = new ObjectMapper();
  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  OverdueDetector detector;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void theKecamatansLiaisonDoesItsStepOnlyAndTheStepCountsForTheKecamatan() throws Exception {
    assertThat(engine.getIdentityService().createTenantQuery().groupMember(LIAISON).list())
        .extracting(tenant -> tenant.getId()).containsExactlyInAnyOrder("kecamatan-kanigaran", "diskominfo");
    EngineScenario scenario = new EngineScenario(engine);
    String toKecamatan = forwarded(scenario, "kanigaran");
    String toDinkes = forwarded(scenario, "dinkes");
    ApiClient api = new ApiClient(port);

    assertThat(read("/engine-rest/task?processInstanceId=" + toKecamatan, LIAISON)).hasSize(1);
    assertThat(read("/engine-rest/task?processInstanceId=" + toDinkes, LIAISON)).as("another agency's").isEmpty();
    assertThat(read("/engine-rest/history/process-instance", LIAISON)).extracting(i -> i.get("id").asText())
        .as("of Diskominfo only the case forwarded to it").containsExactly(toKecamatan);
    assertThat(read("/engine-rest/task", "kanigaran-camat")).as("the camat holds no liaison role").isEmpty();
    String step = scenario.task(toKecamatan).getId();
    assertThat(api.post("/engine-rest/task/" + step + "/claim", LIAISON, "{\"userId\": \"" + LIAISON + "\"}")
        .statusCode()).isEqualTo(204);
    HttpResponse<String> done = api.post("/engine-rest/task/" + step + "/complete", LIAISON,
        "{\"variables\": {\"jawabanTindakLanjut\": {\"value\": \"Lampu sudah diperbaiki\"}}}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);

    String late = forwarded(scenario, "kanigaran");
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(30))));
    detector.sweep();
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(late).count()).isEqualTo(2);

    JsonNode handOffs = get("/api/register" + PERIOD, "kanigaran-camat").get("serahTerima");
    assertThat(handOffs).singleElement().satisfies(row -> {
      assertThat(row.get("sop").asText()).isEqualTo("pip-pengaduan-masyarakat");
      assertThat(row.get("peran").asText()).isEqualTo(LIAISON);
      assertThat(row.get("ditawarkan").asLong()).isEqualTo(2);
      assertThat(row.get("selesai").asLong()).isEqualTo(1);
      assertThat(row.get("penyimpangan").asLong()).as("the late one's STEP_OVERDUE").isEqualTo(1);
    });
    assertThat(get("/api/register" + PERIOD, "kepala-dinas").get("serahTerima")).as("Diskominfo did none").isEmpty();
    assertThat(get("/api/maladministration?processInstanceId=" + late, "kepala-dinas").get("events").toString())
        .contains("STEP_OVERDUE", LIAISON);

    JsonNode city = get("/api/kota?dari=2026-01-01&sampai=2027-12-31", "bagian-organisasi");
    JsonNode kecamatan = city.get("opd").get(1);
    assertThat(kecamatan.get("id").asText()).isEqualTo("kecamatan-kanigaran");
    assertThat(kecamatan.get("serahTerima").asLong()).isEqualTo(2);
    assertThat(kecamatan.get("serahTerimaPenyimpangan").asLong()).isEqualTo(1);
    assertThat(kecamatan.get("langkahSelesai").asLong()).as("the step it did").isEqualTo(1);
    assertThat(city.get("kota").get("langkahSelesai").asLong()).isEqualTo(
        city.get("opd").get(0).get("langkahSelesai").asLong() + kecamatan.get("langkahSelesai").asLong());
  }

  /** A complaint verified by Diskominfo's LAPOR admin and forwarded to the agency named. */
  private String forwarded(EngineScenario scenario, String agency) {
    String instance = engine.getRuntimeService().createProcessInstanceByKey("pip-pengaduan-masyarakat")
        .processDefinitionTenantId("diskominfo").execute().getId();
    Task verification = scenario.task(instance);
    scenario.as("pip-admin-lapor", () -> {
      engine.getTaskService().claim(verification.getId(), "pip-admin-lapor");
      engine.getTaskService().complete(verification.getId(), Map.of("hasilVerifikasi", "diteruskan",
          "jenisLaporan", "normatif", "opdTujuan", agency, "ringkasanPengaduan", "Lampu jalan mati"));
    });
    return instance;
  }

  private JsonNode get(String path, String user) throws Exception {
    HttpResponse<String> response = new ApiClient(port).get(path, user);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private java.util.List<JsonNode> read(String path, String user) throws Exception {
    java.util.List<JsonNode> list = new java.util.ArrayList<>();
    get(path, user).forEach(list::add);
    return list;
  }
}
