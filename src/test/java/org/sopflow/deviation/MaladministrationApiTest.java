package org.sopflow.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.sopflow.processes.pip.PpidForms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The log over HTTP, after a deviation caused through {@code /engine-rest} as a REST client would. */
// Camunda registers each context's engine as the JVM's "default" engine, which /engine-rest uses:
// a context is closed after its class so that the next one's engine is the one answering.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:sopflow-api-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class MaladministrationApiTest {

  private final ObjectMapper json = new ObjectMapper();
  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  private String instanceId;
  private String taskId;

  @BeforeEach
  void adminCompletesTheDeskOfficersTask() throws Exception {
    ApiClient api = new ApiClient(port);
    HttpResponse<String> started = api.post("/engine-rest/process-definition/key/pip-permohonan-informasi/tenant-id/diskominfo/start",
        "ppid-petugas", "{\"businessKey\":\"REG-API\"}");
    instanceId = json.readTree(started.body()).get("id").asText();
    taskId = json.readTree(api.get("/engine-rest/task?processInstanceId=" + instanceId, "ppid-petugas").body())
        .get(0).get("id").asText();
    HttpResponse<String> completed = api.post("/engine-rest/task/" + taskId + "/complete", "admin:admin",
        PpidForms.registration("Siti"));
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
  }

  @Test
  void supervisorsAndAdminsReadTheLogOthersAreRefused() throws Exception {
    ApiClient api = new ApiClient(port);
    String query = "/api/maladministration?processInstanceId=" + instanceId;
    assertThat(api.get(query, "ppid-petugas").statusCode()).isEqualTo(403);
    assertThat(api.get(query, null).statusCode()).isEqualTo(401);

    for (String reader : new String[] {"ppid", "atasan-ppid", "admin:admin"}) {
      HttpResponse<String> response = api.get(query, reader);
      assertThat(response.statusCode()).as(reader).isEqualTo(200);
      JsonNode page = json.readTree(response.body());
      assertThat(page.get("total").asLong()).isEqualTo(1);
      JsonNode event = page.get("events").get(0);
      assertThat(event.get("rule").asText()).isEqualTo("COMPLETED_OUTSIDE_LANE");
      assertThat(event.get("category").asText()).isEqualTo("PENYIMPANGAN_PROSEDUR");
      assertThat(event.get("userId").asText()).isEqualTo("admin");
      assertThat(event.get("role").asText()).isEqualTo("ppid-petugas");
      assertThat(event.get("businessKey").asText()).isEqualTo("REG-API");
    }
  }

  @Test
  void filtersAndRefusesBadFiltersByName() throws Exception {
    ApiClient api = new ApiClient(port);
    String base = "/api/maladministration?processInstanceId=" + instanceId;
    assertThat(json.readTree(api.get(base + "&rule=STEP_OVERDUE", "ppid").body()).get("total").asLong()).isZero();
    assertThat(json.readTree(api.get(base + "&category=PENYIMPANGAN_PROSEDUR&role=ppid-petugas&from=2020-01-01",
        "ppid").body()).get("total").asLong()).isEqualTo(1);
    assertThat(json.readTree(api.get(base + "&to=2020-01-01", "ppid").body()).get("total").asLong()).isZero();

    HttpResponse<String> bad = api.get(base + "&category=TERLAMBAT", "ppid");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("category 'TERLAMBAT' is not one of");
    HttpResponse<String> badDate = api.get(base + "&from=kemarin", "ppid");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body()).contains("from 'kemarin'");
  }

  @Test
  void givesCsvForTheSameQuery() {
    HttpResponse<String> csv = new ApiClient(port).get("/api/maladministration?processInstanceId=" + instanceId,
        "ppid", "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).startsWith("sequence,id,category,rule,");
    assertThat(lines).hasSize(2);
    assertThat(lines[1]).contains("COMPLETED_OUTSIDE_LANE").contains(instanceId);
  }

  @Test
  void verifiesTheChain() throws Exception {
    JsonNode verification = json.readTree(new ApiClient(port).get("/api/maladministration/verify", "ppid").body());
    assertThat(verification.get("valid").asBoolean()).isTrue();
    assertThat(verification.get("events").asLong()).isPositive();
    assertThat(verification.get("firstBrokenSequence").isNull()).isTrue();
  }

  @Test
  void theDueDateOfEngineRestIsTheStandardDeadline() throws Exception {
    ApiClient api = new ApiClient(port);
    JsonNode next = json.readTree(api.get("/engine-rest/task?processInstanceId=" + instanceId, "ppid").body()).get(0);
    OffsetDateTime due = OffsetDateTime.parse(next.get("due").asText(),
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
    OffsetDateTime standard = jdbc.queryForObject("SELECT standard_deadline FROM sop_task_deadline WHERE task_id = ?",
        OffsetDateTime.class, next.get("id").asText());
    assertThat(due.toInstant()).isEqualTo(standard.toInstant());
  }
}
