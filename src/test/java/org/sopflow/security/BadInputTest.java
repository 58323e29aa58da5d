package org.sopflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.sopflow.TestModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Bad REST requests and hostile deployments get a 4xx naming what is wrong, and store nothing. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:sopflow-bad-input-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class BadInputTest {

  private static final String START = "/engine-rest/process-definition/key/pip-permohonan-informasi/tenant-id/diskominfo/start";
  private final ObjectMapper json = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  RepositoryService repositoryService;

  private ApiClient api() {
    return new ApiClient(port);
  }

  @Test
  void malformedJsonAndUnknownKeysAreRefused() {
    long before = runtimeService.createProcessInstanceQuery().count();
    assertThat(api().post(START, "ppid-petugas", "{\"businessKey\": ").statusCode()).isEqualTo(400);
    assertThat(api().post("/engine-rest/process-definition/key/tidak-ada/start", "ppid-petugas", "{}").statusCode())
        .isEqualTo(404);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void anOverLongBusinessKeyIsRefusedByName() {
    long before = runtimeService.createProcessInstanceQuery().count();
    HttpResponse<String> response = api().post(START, "ppid-petugas", "{\"businessKey\":\"" + "R".repeat(300) + "\"}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("businessKey is 300 characters long; at most 255");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  /** A register number appears in reports and the maladministration log: no applicant's data in it. */
  @Test
  void aRegisterNumberHoldingPersonalDataIsRefusedWhicheverWayItComes() {
    long before = runtimeService.createProcessInstanceQuery().count();
    HttpResponse<String> start = api().post(START, "ppid-petugas", "{\"businessKey\":\"3574 0101 0190 0001\"}");
    assertThat(start.statusCode()).isEqualTo(400);
    assertThat(start.body()).contains("businessKey (nomor register) tampak seperti NIK").doesNotContain("3574");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("pip-permohonan-informasi", "REG-siti aminah",
        java.util.Map.of("namaPemohon", "Siti Aminah")))
        .as("the engine itself refuses it, for a start by message or by the Java API")
        .isInstanceOf(org.camunda.bpm.engine.BadUserRequestException.class)
        .hasMessageContaining("pip-permohonan-informasi").hasMessageContaining("'namaPemohon'");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);

    String instance = runtimeService.startProcessInstanceByKey("pip-permohonan-informasi", "REG-2026-0042").getId();
    HttpResponse<String> update = api().send("PUT", "/engine-rest/process-instance/" + instance + "/businessKey",
        "ppid-petugas", "{\"businessKey\":\"siti.aminah@contoh.id\"}");
    assertThat(update.statusCode()).isEqualTo(400);
    assertThat(update.body()).contains("alamat e-mail");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey())
        .isEqualTo("REG-2026-0042");
  }

  @Test
  void aTaskCompletedWithoutItsRequiredFormFieldsStaysOpen() throws Exception {
    String task = registrationTask();
    HttpResponse<String> response = api().post("/engine-rest/task/" + task + "/complete", "ppid-petugas",
        "{\"variables\":{\"namaPemohon\":{\"value\":\"Siti\"}}}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("nomorRegistrasi").contains("rincianInformasi").doesNotContain("caraSalinan");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
    assertThat(taskService.getVariable(task, "namaPemohon")).isNull();
  }

  @Test
  void variablesOfTheWrongTypeAreRefused() throws Exception {
    String task = registrationTask();
    HttpResponse<String> response = api().post("/engine-rest/task/" + task + "/complete", "ppid-petugas",
        "{\"variables\":{\"biaya\":{\"value\":\"sepuluh ribu\",\"type\":\"Integer\"}}}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
  }

  @Test
  void aTenMegabyteBodyIsRefusedBeforeTheEngine() {
    long before = runtimeService.createProcessInstanceQuery().count();
    String huge = "{\"businessKey\":\"x\",\"variables\":{\"lampiran\":{\"value\":\"" + "a".repeat(10 * 1024 * 1024) + "\"}}}";
    HttpResponse<String> response = api().post(START, "ppid-petugas", huge);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("sop.http.max-request-size");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void externalEntitiesAndScriptsAreRefusedAndEarlierVersionsKeepRunning() {
    long definitions = repositoryService.createProcessDefinitionQuery().count();
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + TestModels.sop("sop-xxe").lane("ppid", "&x;").task("a", "ppid").xml().replaceFirst("<\\?xml[^>]*\\?>", "");
    HttpResponse<String> refusedXxe = api().deploy("admin:admin", "jahat", "jahat/xxe.bpmn", xxe);
    assertThat(refusedXxe.statusCode()).isEqualTo(400);
    assertThat(refusedXxe.body()).contains("jahat/xxe.bpmn").contains("DOCTYPE").doesNotContain("root:");
    HttpResponse<String> malformed = api().deploy("admin:admin", "jahat", "jahat/rusak.bpmn", "<bpmn:definitions");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("jahat/rusak.bpmn");

    String script = TestModels.sop("sop-skrip").lane("ppid", "PPID").task("a", "ppid").xml()
        .replace("<bpmn:endEvent id=\"end\" />", "<bpmn:scriptTask id=\"skrip\" scriptFormat=\"groovy\">"
            + "<bpmn:script>'rm -rf /'.execute()</bpmn:script></bpmn:scriptTask><bpmn:endEvent id=\"end\" />");
    HttpResponse<String> refusedScript = api().deploy("admin:admin", "jahat", "jahat/skrip.bpmn", script);
    assertThat(refusedScript.statusCode()).isEqualTo(400);
    assertThat(refusedScript.body()).contains("jahat/skrip.bpmn").contains("scriptTask 'skrip' in language 'groovy'");

    assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    assertThat(runtimeService.startProcessInstanceByKey("pip-permohonan-informasi")).isNotNull();
  }

  @Test
  void aModelCannotRunCodeNorReachTheApplicationsBeans() {
    long definitions = repositoryService.createProcessDefinitionQuery().count();
    String listener = TestModels.sop("sop-kelas").lane("ppid", "PPID").task("a", "ppid").xml()
        .replace("<bpmn:endEvent id=\"end\" />", "<bpmn:endEvent id=\"end\"><bpmn:extensionElements>"
            + "<camunda:executionListener class=\"org.sopflow.Jahat\" event=\"start\" /></bpmn:extensionElements>"
            + "</bpmn:endEvent>");
    HttpResponse<String> refusedClass = api().deploy("admin:admin", "jahat", "jahat/kelas.bpmn", listener);
    assertThat(refusedClass.statusCode()).isEqualTo(400);
    assertThat(refusedClass.body()).contains("jahat/kelas.bpmn", "endEvent 'end'", "Java class 'org.sopflow.Jahat'");
    // the same in the namespaces the engines read besides Camunda's: Activiti's, and Operaton's
    for (String namespace : List.of("http://activiti.org/bpmn", "http://operaton.org/schema/1.0/bpmn")) {
      String other = listener.replace("<camunda:executionListener ", "<x:executionListener xmlns:x=\"" + namespace + "\" ");
      HttpResponse<String> refusedOther = api().deploy("admin:admin", "jahat", "jahat/kelas-lain.bpmn", other);
      assertThat(refusedOther.statusCode()).as(namespace).isEqualTo(400);
      assertThat(refusedOther.body()).contains("Java class 'org.sopflow.Jahat'");
      String attribute = TestModels.sop("sop-kelas-lain").lane("ppid", "PPID").task("a", "ppid").xml()
          .replace("<bpmn:endEvent id=\"end\" />", "<bpmn:serviceTask id=\"layanan\" xmlns:x=\"" + namespace
              + "\" x:class=\"org.sopflow.Jahat\" /><bpmn:endEvent id=\"end\" />");
      HttpResponse<String> refusedAttribute = api().deploy("admin:admin", "jahat", "jahat/kelas-lain.bpmn", attribute);
      assertThat(refusedAttribute.statusCode()).as(namespace).isEqualTo(400);
      assertThat(refusedAttribute.body()).contains("serviceTask 'layanan'", "Java class 'org.sopflow.Jahat'");
    }

    String beanCall = TestModels.sop("sop-bean").lane("ppid", "PPID").task("a", "ppid")
        .taskAttributes("a", "camunda:dueDate=\"${maladministrationLog.record(null)}\"").xml();
    HttpResponse<String> refusedCall = api().deploy("admin:admin", "jahat", "jahat/bean.bpmn", beanCall);
    assertThat(refusedCall.statusCode()).isEqualTo(400);
    assertThat(refusedCall.body()).contains("jahat/bean.bpmn", "userTask 'a'", "${maladministrationLog.record(null)}");

    HttpResponse<String> decision = api().deploy("admin:admin", "jahat", "jahat/keputusan.dmn", "<definitions/>");
    assertThat(decision.statusCode()).isEqualTo(400);
    assertThat(decision.body()).contains("jahat/keputusan.dmn", "DMN decisions are not allowed");
    assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);

    // a name alone passes the grammar, but the engine's expressions see no bean of the application
    String beanName = TestModels.sop("sop-nama-bean").lane("ppid", "PPID").task("a", "ppid")
        .taskAttributes("a", "camunda:assignee=\"${maladministrationLog}\"").xml();
    assertThat(api().deploy("admin:admin", "uji", "uji/nama-bean.bpmn", beanName).statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("sop-nama-bean"))
        .hasMessageContaining("maladministrationLog");
  }

  @Test
  void theH2ConsoleIsNeverExposedAndWebappWritesNeedTheCsrfToken() {
    assertThat(api().get("/h2-console", "admin:admin").statusCode()).isIn(401, 404);
    assertThat(api().get("/actuator/env", "admin:admin").statusCode()).isIn(401, 404);
    assertThat(api().get("/actuator/health", null).statusCode()).isEqualTo(200);
  }

  @Test
  void aLoggedInWebappSessionStillNeedsTheCsrfTokenToWrite() throws Exception {
    java.net.CookieManager cookies = new java.net.CookieManager();
    java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://127.0.0.1:" + port + "/camunda";
    browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/app/tasklist/")).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .findFirst().orElseThrow().getValue();
    HttpResponse<String> login = browser.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=ppid-petugas&password=demo")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    String start = base + "/api/engine/engine/default/process-definition/key/pip-permohonan-informasi/tenant-id/diskominfo/start";
    HttpResponse<String> withoutToken = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(start))
        .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(withoutToken.statusCode()).isEqualTo(403);
  }

  private String registrationTask() throws Exception {
    String instance = json.readTree(api().post(START, "ppid-petugas", "{}").body()).get("id").asText();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }
}
