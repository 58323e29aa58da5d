package org.sopflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.sopflow.deployment.ProcessesDeployer;
import org.sopflow.processes.pip.PpidForms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The whole application over HTTP, as the demo users and REST callers use it. */
// Camunda registers each context's engine as the JVM's "default" engine, which /engine-rest uses:
// a context is closed after its class so that the next one's engine is the one answering.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:sopflow-app-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class SopFlowApplicationTest {

  private static final String PPID_KEY = "pip-permohonan-informasi";
  private final ObjectMapper json = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  ProcessesDeployer deployer;
  @Autowired
  ApplicationContext context;

  private ApiClient api() {
    return new ApiClient(port);
  }

  @Test
  void apiAndEngineRestRequireAuthentication() {
    for (String path : new String[] {"/api/sops", "/api/sops/" + PPID_KEY, "/engine-rest/task",
        "/engine-rest/process-definition"}) {
      HttpResponse<String> anonymous = api().get(path, null);
      assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
      assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as(path).hasValueSatisfying(
          challenge -> assertThat(challenge).startsWith("Basic"));
      // A user nobody else logs in as: Camunda delays further logins after a wrong password.
      assertThat(api().get(path, "ppid-pembantu:salah").statusCode()).as(path).isEqualTo(401);
    }
  }

  @Test
  void listsTheDeployedSops() throws Exception {
    HttpResponse<String> response = api().get("/api/sops", "ppid-petugas");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    JsonNode ppid = find(json.readTree(response.body()), PPID_KEY);
    assertThat(ppid.get("name").asText()).isEqualTo("Pelayanan Permohonan Informasi Publik");
    assertThat(ppid.get("version").asInt()).isEqualTo(1);
    assertThat(ppid.get("nomor").isNull()).as("not approved: no number anyone made up").isTrue();
    assertThat(ppid.get("status").asText()).isEqualTo("belum disahkan");
    assertThat(ppid.get("jenis").asText()).isEqualTo("administratif");
    assertThat(ppid.get("bidang").asText()).contains("PIP");
    assertThat(ppid.get("steps").asInt()).isEqualTo(12);
    assertThat(ppid.get("roles")).extracting(JsonNode::asText)
        .containsExactly("ppid-petugas", "ppid", "ppid-pembantu");
  }

  @Test
  void givesIdentityAndStepsOfOneSop() throws Exception {
    HttpResponse<String> response = api().get("/api/sops/" + PPID_KEY, "ppid");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode sop = json.readTree(response.body());
    assertThat(sop.get("identity").get("disahkan-oleh")).as("given by an approval").isNull();
    assertThat(sop.get("identity").get("dasar-hukum").asText()).contains("UU 14/2008");
    assertThat(sop.get("waktuLayanan").get("text").asText()).isEqualTo("10 hari kerja");
    assertThat(sop.get("waktuLayanan").get("seconds").asLong()).isEqualTo(10 * 27000);
    JsonNode first = sop.get("steps").get(0);
    assertThat(first.get("id").asText()).isEqualTo("registrasi-permohonan");
    assertThat(first.get("role").asText()).isEqualTo("ppid-petugas");
    assertThat(first.get("roleName").asText()).isEqualTo("Petugas Layanan Informasi (Meja PPID)");
    assertThat(first.get("waktu").get("text").asText()).isEqualTo("30 menit");
    assertThat(first.get("waktu").get("seconds").asLong()).isEqualTo(1800);
    assertThat(first.get("kelengkapan").asText()).contains("Formulir permohonan");
    assertThat(first.get("output").asText()).contains("tanda bukti permohonan");
    JsonNode check = sop.get("steps").get(1);
    assertThat(check.get("role").asText()).isEqualTo("ppid");
    assertThat(check.get("waktu").get("seconds").asLong()).isEqualTo(27000);

    HttpResponse<String> unknown = api().get("/api/sops/tidak-ada", "ppid");
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  @Test
  void servesTheSopDocumentToThoseWhoMayReadTheSop() {
    HttpResponse<String> document = api().get("/api/sops/" + PPID_KEY + "/document", "ppid-petugas", "text/html");
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(document.body()).contains("STANDAR OPERASIONAL PROSEDUR", "Pelayanan Permohonan Informasi Publik",
        "data-activity=\"registrasi-permohonan\"",
        // the Standar Pelayanan of processes/standar-pelayanan/ that lists the SOP
        "data-field=\"standar-pelayanan\">Pelayanan Permohonan Informasi Publik<");
    assertThat(api().get("/api/sops/" + PPID_KEY + "/document?version=1", "ppid", "text/html").statusCode())
        .isEqualTo(200);
    assertThat(api().get("/api/sops/" + PPID_KEY + "/document", "kabid-egov", "text/html").statusCode())
        .as("a role without a lane in the SOP").isEqualTo(404);
    assertThat(api().get("/api/sops/" + PPID_KEY + "/document?version=99", "ppid", "text/html").statusCode())
        .isEqualTo(404);
    HttpResponse<String> pdf = api().get("/api/sops/" + PPID_KEY + "/document.pdf", "ppid", "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF-");
  }

  @Test
  void staffSeeAndCompleteOnlyTheirOwnRolesTasks() throws Exception {
    HttpResponse<String> started = api().post("/engine-rest/process-definition/key/" + PPID_KEY + "/tenant-id/diskominfo/start",
        "ppid-petugas", "{\"businessKey\":\"REG-ROLE-TEST\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instanceId = json.readTree(started.body()).get("id").asText();
    String tasksOfInstance = "/engine-rest/task?processInstanceId=" + instanceId;

    JsonNode deskTasks = json.readTree(api().get(tasksOfInstance, "ppid-petugas").body());
    assertThat(deskTasks).hasSize(1);
    String taskId = deskTasks.get(0).get("id").asText();
    assertThat(json.readTree(api().get(tasksOfInstance, "ppid").body())).isEmpty();
    assertThat(api().get("/engine-rest/task/" + taskId, "ppid").statusCode()).isIn(403, 404);

    HttpResponse<String> foreignCompletion = api().post("/engine-rest/task/" + taskId + "/complete", "ppid",
        "{\"variables\":{\"namaPemohon\":{\"value\":\"Penyusup\"}}}");
    assertThat(foreignCompletion.statusCode()).isIn(403, 404);
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult()).isNotNull()
        .satisfies(task -> assertThat(task.getAssignee()).isNull());
    assertThat(taskService.getVariable(taskId, "namaPemohon")).isNull();

    HttpResponse<String> ownCompletion = api().post("/engine-rest/task/" + taskId + "/complete", "ppid-petugas",
        PpidForms.registration("Siti Aminah"));
    assertThat(ownCompletion.statusCode()).as(ownCompletion.body()).isEqualTo(204);
    JsonNode ppidTasks = json.readTree(api().get(tasksOfInstance, "ppid").body());
    assertThat(ppidTasks).hasSize(1);
    assertThat(ppidTasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("periksa-kelengkapan");
    assertThat(json.readTree(api().get(tasksOfInstance, "ppid-petugas").body())).isEmpty();
  }

  @Test
  void aModelDeployedThroughEngineRestGetsLaneRolesAndABadOneIsRefusedByFileName() throws Exception {
    String good = TestModels.sop("sop-rest-uji").lane("atasan-ppid", "Atasan").task("siapkan", "atasan-ppid").xml();
    HttpResponse<String> deployed = api().deploy("admin:admin", "rest-uji", "rest/sop-rest-uji.bpmn", good);
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    assertThat(deployed.body()).as("deployed without Tenant ID: to the OPD whose roles its lanes are")
        .contains("\"tenantId\":\"diskominfo\"");
    // the deployment itself granted the start lane's role the right to start the SOP
    HttpResponse<String> started = api().post("/engine-rest/process-definition/key/sop-rest-uji/tenant-id/diskominfo/start", "atasan-ppid", "{}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(api().post("/engine-rest/process-definition/key/sop-rest-uji/tenant-id/diskominfo/start", "ppid-petugas", "{}").statusCode())
        .isIn(403, 404);
    String instanceId = json.readTree(started.body()).get("id").asText();
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    assertThat(taskService.getIdentityLinksForTask(taskId)).extracting(IdentityLink::getGroupId)
        .containsExactly("atasan-ppid");

    String bad = TestModels.sop("sop-rest-uji").lane("bagian-fiktif", "Fiktif").task("siapkan", "bagian-fiktif").xml();
    HttpResponse<String> refused = api().deploy("admin:admin", "rest-uji", "rest/sop-rest-uji.bpmn", bad);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("rest/sop-rest-uji.bpmn").contains("bagian-fiktif").contains("known roles");
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("sop-rest-uji").count()).isEqualTo(1);
  }

  @Test
  void redeployingUnchangedFilesCreatesNoNewVersion() {
    long definitions = repositoryService.createProcessDefinitionQuery().count();
    long deployments = repositoryService.createDeploymentQuery().count();

    deployer.deploy();

    assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(PPID_KEY).latestVersion()
        .singleResult().getVersion()).isEqualTo(1);
  }

  @Test
  void everyRoleIsAGroupWithTasklistAccessAndStartUpIsIdempotent() throws Exception {
    assertThat(identityService.createGroupQuery().groupId("ppid-petugas").singleResult().getName())
        .isEqualTo("Petugas Layanan Informasi (Meja PPID)");
    assertThat(identityService.createUserQuery().memberOfGroup("atasan-ppid").count()).isEqualTo(1);
    runStartUpAgain();
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long groups = identityService.createGroupQuery().count();
    long users = identityService.createUserQuery().count();

    runStartUpAgain();

    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(authorizationService.isUserAuthorized("ppid-petugas", java.util.List.of("ppid-petugas"),
        org.camunda.bpm.engine.authorization.Permissions.ACCESS,
        org.camunda.bpm.engine.authorization.Resources.APPLICATION, "tasklist")).isTrue();
  }

  private void runStartUpAgain() throws Exception {
    for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
      runner.run(null);
    }
  }

  private static JsonNode find(JsonNode list, String key) {
    for (JsonNode node : list) {
      if (node.get("key").asText().equals(key)) {
        return node;
      }
    }
    throw new AssertionError("no SOP " + key + " in " + list);
  }
}
