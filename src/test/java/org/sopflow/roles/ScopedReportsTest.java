package org.sopflow.roles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sopflow.ApiClient;
import org.sopflow.EngineScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Reports scoped to the SOPs under the reader, on the demo catalogue: the PPID sees the two PPID
 * SOPs and their services, and no service of another bidang as a finding; the head of PIP all four
 * PIP SOPs; the head of the office all; the maladministration log and the IKM likewise; the metrics
 * account reads the metrics only.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:sopflow-scoped-reports-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
@AutoConfigureObservability(tracing = false) // Spring Boot switches metrics export off in tests otherwise
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopedReportsTest {

  private static final String PPID_SOP = "pip-permohonan-informasi";
  private final ObjectMapper json = new ObjectMapper();
  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  /** One deviation in the PPID SOP: the admin completes the desk officer's step. */
  @BeforeAll
  void completeAStepOutsideItsLane() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey(PPID_SOP).getId();
    Task task = new EngineScenario(engine).task(instance);
    new EngineScenario(engine).as("admin", () -> engine.getTaskService().complete(task.getId()));
  }

  @Test
  void theRegisterShowsTheSopsUnderTheReaderAndNoFindingOutsideThem() throws Exception {
    JsonNode ppid = get("/api/register", "ppid");
    assertThat(keys(ppid.get("sops"), "key")).containsExactlyInAnyOrder(PPID_SOP, "pip-keberatan-informasi");
    assertThat(keys(ppid.get("findings"), "kind")).doesNotContain("SP_TANPA_SOP");
    assertThat(keys(ppid.get("services"), "key")).isNotEmpty()
        .allMatch(service -> service.contains("informasi"));

    assertThat(keys(get("/api/register", "kabid-pip").get("sops"), "key")).containsExactlyInAnyOrder(PPID_SOP,
        "pip-keberatan-informasi", "pip-pengaduan-masyarakat", "pip-statistik-sektoral");
    JsonNode head = get("/api/register", "kepala-dinas");
    assertThat(head.get("sops")).hasSize((int) engine.getRepositoryService().createProcessDefinitionQuery()
        .tenantIdIn("diskominfo").latestVersion().count());
    assertThat(head.get("services")).hasSize(get("/api/register", "admin:admin").get("services").size());
  }

  @Test
  void theLogAndTheIkmAreScopedAlike() throws Exception {
    String ppidEvents = "/api/maladministration?processDefinitionKey=" + PPID_SOP;
    assertThat(get(ppidEvents, "ppid").get("total").asLong()).isPositive();
    assertThat(get(ppidEvents, "kabid-tik").get("total").asLong()).isZero();
    assertThat(get("/api/maladministration", "kabid-tik").get("events").toString()).doesNotContain(PPID_SOP);

    assertThat(keys(get("/api/skm", "ppid").get("services"), "key")).isNotEmpty()
        .allMatch(service -> service.contains("informasi"));
    assertThat(keys(get("/api/skm", "kepala-dinas").get("services"), "key"))
        .hasSameSizeAs(keys(get("/api/skm", "admin:admin").get("services"), "key"));
  }

  @Test
  void theMetricsAccountReadsTheMetricsOnly() {
    IdentityService identity = engine.getIdentityService();
    if (identity.createGroupQuery().groupId(ReportReaders.MONITORING_GROUP).count() == 0) {
      Group group = identity.newGroup(ReportReaders.MONITORING_GROUP);
      identity.saveGroup(group);
    }
    User prometheus = identity.newUser("prometheus");
    prometheus.setPassword("Metrik-Rahasia-2026");
    identity.saveUser(prometheus);
    identity.createMembership("prometheus", ReportReaders.MONITORING_GROUP);
    ApiClient api = new ApiClient(port);
    assertThat(api.get("/actuator/prometheus", "prometheus:Metrik-Rahasia-2026", "text/plain").statusCode())
        .isEqualTo(200);
    for (String report : List.of("/api/register", "/api/maladministration", "/api/timing", "/api/skm")) {
      var refused = api.get(report, "prometheus:Metrik-Rahasia-2026");
      assertThat(refused.statusCode()).as(report).isEqualTo(403);
      assertThat(refused.body()).contains("metrics account");
    }
  }

  private JsonNode get(String path, String user) throws Exception {
    var response = new ApiClient(port).get(path, user);
    assertThat(response.statusCode()).as(path + " as " + user + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static List<String> keys(JsonNode items, String field) {
    List<String> keys = new ArrayList<>();
    items.forEach(item -> keys.add(item.path(field).asText()));
    return keys;
  }
}
