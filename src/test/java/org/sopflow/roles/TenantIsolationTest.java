package org.sopflow.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.ProcessEngine;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The office's SOP folder is one perangkat daerah, a Camunda tenant ({@code sop.processes.opds}):
 * its SOPs are deployed to it and its roles are its members. A user of another OPD (the example
 * kecamatan, another tenant) sees none of its SOPs, cases, tasks or history through the engine's REST
 * API or SOP Flow's, even with Camunda READ on everything; the office's own roles see them as before.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-tenant-isolation-test;DB_CLOSE_DELAY=-1",
    "sop.deadlines.detection-interval=PT1H", "sop.metrics.refresh-interval=PT0.5S"})
@ActiveProfiles("demo")
@AutoConfigureObservability(tracing = false) // the metrics export, which Spring Boot switches off in tests otherwise
class TenantIsolationTest {

  /** The head of the example kecamatan, a demo user of its catalogue. */
  private static final String CAMAT = "kanigaran-camat";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void aUserOfAnotherOpdSeesNothingOfTheOffice() {
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("pip-permohonan-informasi")
        .latestVersion().singleResult().getTenantId()).isEqualTo("diskominfo");
    anotherOpd();
    String instance = engine.getRuntimeService().startProcessInstanceByKey("pip-permohonan-informasi").getId();
    ApiClient api = new ApiClient(port);
    String camat = CAMAT;

    assertThat(api.get("/engine-rest/process-definition?key=pip-permohonan-informasi", camat).body()).isEqualTo("[]");
    assertThat(api.get("/engine-rest/task?processInstanceId=" + instance, camat).body()).isEqualTo("[]");
    assertThat(api.get("/engine-rest/history/process-instance?processInstanceId=" + instance, camat).body())
        .isEqualTo("[]");
    assertThat(api.get("/engine-rest/process-instance/" + instance, camat).statusCode()).isIn(403, 404);
    assertThat(api.get("/api/sops", camat).body()).doesNotContain("pip-permohonan-informasi");

    assertThat(api.get("/engine-rest/task?processInstanceId=" + instance, "ppid-petugas").body())
        .as("the office's own role").contains("\"processInstanceId\":\"" + instance + "\"");
    assertThat(api.get("/api/sops", "ppid-petugas").body()).contains("pip-permohonan-informasi");
  }

  /**
   * Every {@code GET} of SOP Flow's API, asked by the other OPD's user about the office's SOP and
   * case: refused (401, 403, 404, 400) or answered without any of them.
   */
  @Test
  void noSurfaceOfTheApiShowsTheOfficeToAnotherOpd() {
    anotherOpd();
    String instance = engine.getRuntimeService().createProcessInstanceByKey("pip-permohonan-informasi")
        .processDefinitionTenantId("diskominfo").execute().getId();
    everyGetShowsNothingOf("pip-permohonan-informasi", instance, CAMAT, "Permohonan Informasi");
  }

  /** The other way round: the head of the office reads nothing of the kecamatan's SOP and case. */
  @Test
  void noSurfaceOfTheApiShowsTheKecamatanToTheOffice() {
    String instance = engine.getRuntimeService().createProcessInstanceByKey("kanigaran-legalisasi-dokumen")
        .processDefinitionTenantId("kecamatan-kanigaran").execute().getId();
    everyGetShowsNothingOf("kanigaran-legalisasi-dokumen", instance, "kepala-dinas", "Legalisasi");
  }

  private void everyGetShowsNothingOf(String key, String instance, String user, String name) {
    ApiClient api = new ApiClient(port);
    for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
      if (!mapping.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
        continue;
      }
      for (String path : mapping.getPatternValues()) {
        if (!path.startsWith("/api/")) {
          continue;
        }
        String concrete = path.replace("{key}", key).replace("{processInstanceId}", instance)
            .replace("{id}", instance).replaceAll("\\{[^}]+}", "tidak-ada");
        HttpResponse<String> answer = api.get(concrete, user);
        if (answer.statusCode() == 200) {
          assertThat(answer.body()).as(concrete).doesNotContain(instance, key, name);
        } else {
          assertThat(answer.statusCode()).as(concrete + ": " + answer.body()).isIn(400, 401, 403, 404, 406);
        }
      }
    }
    for (String engineRest : java.util.List.of("/engine-rest/process-definition?key=" + key,
        "/engine-rest/task?processInstanceId=" + instance,
        "/engine-rest/history/process-instance?processInstanceId=" + instance)) {
      assertThat(api.get(engineRest, user).body()).as(engineRest).isEqualTo("[]");
    }
  }

  /**
   * A model of the office's follow-up SOP deployed through {@code /engine-rest} without Tenant ID goes
   * to the office, whose roles its lanes are: a new version on the office's line, not a shared one,
   * and follow-ups start on it.
   */
  @Test
  void aFollowUpStartsOnTheOfficesLineWhenTheSameKeyIsAlsoShared() throws Exception {
    ApiClient api = new ApiClient(port);
    String model = java.nio.file.Files.readString(java.nio.file.Path.of("processes/diskominfo/sekretariat/sek-tindak-lanjut.bpmn"));
    HttpResponse<String> shared = api.deploy("admin:admin", "bersama", "sek-tindak-lanjut.bpmn", model);
    assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
    assertThat(shared.body()).contains("\"tenantId\":\"diskominfo\"");
    HttpResponse<String> created = api.post("/api/tindak-lanjut", "kepala-dinas", """
        {"sumber": "TEMUAN", "jenis": "SOP_TANPA_PEMBARUAN", "sop": "pip-permohonan-informasi", "dari": "2026-01-01",
         "sampai": "2026-06-30", "bukti": "Belum diperbarui", "tindakan": "Perbarui SOP"}""");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("sek-tindak-lanjut").list())
        .singleElement().extracting(org.camunda.bpm.engine.runtime.ProcessInstance::getTenantId).isEqualTo("diskominfo");
  }

  /**
   * The metrics hold every OPD's SOPs and roles as labels: the kecamatan's head reads the rows of its
   * own, the office's head its own, the metrics account and the city every row.
   */
  @Test
  void aSupervisorOfOneOpdScrapesOnlyItsOwnOpdsRowsOfTheMetrics() {
    engine.getRuntimeService().createProcessInstanceByKey("pip-permohonan-informasi").processDefinitionTenantId("diskominfo")
        .execute();
    engine.getRuntimeService().createProcessInstanceByKey("kanigaran-surat-masuk")
        .processDefinitionTenantId("kecamatan-kanigaran").execute();
    ApiClient api = new ApiClient(port);
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(api.get("/actuator/prometheus", "admin:admin", "text/plain").body())
            .contains("sop_tasks_open{role=\"kanigaran-", "sop_tasks_open{role=\"ppid-petugas\""));
    String all = api.get("/actuator/prometheus", "bagian-organisasi", "text/plain").body();
    assertThat(all).contains("sop=\"kanigaran-surat-masuk\"", "sop=\"pip-permohonan-informasi\"");

    HttpResponse<String> kecamatan = api.get("/actuator/prometheus", CAMAT, "text/plain");
    assertThat(kecamatan.statusCode()).isEqualTo(200);
    assertThat(kecamatan.body()).contains("sop_tasks_open{role=\"kanigaran-", "sop=\"kanigaran-surat-masuk\"", "jvm_")
        .doesNotContain("pip-permohonan-informasi", "role=\"ppid", "sop_maladministration_events_total{");
    String office = api.get("/actuator/prometheus", "kepala-dinas", "text/plain").body();
    assertThat(office).contains("sop=\"pip-permohonan-informasi\"").doesNotContain("kanigaran-surat-masuk");
  }

  /** The example kecamatan's head, given Camunda READ on everything: only the tenant keeps the office's out. */
  private void anotherOpd() {
    AuthorizationService authorizations = engine.getAuthorizationService();
    if (authorizations.createAuthorizationQuery().groupIdIn(CAMAT).resourceType(Resources.HISTORIC_TASK).count() > 0) {
      return;
    }
    for (Resource resource : List.of(Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE, Resources.TASK,
        Resources.HISTORIC_PROCESS_INSTANCE, Resources.HISTORIC_TASK)) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(CAMAT);
      grant.setResource(resource);
      grant.setResourceId("*");
      grant.addPermission(Permissions.ALL);
      authorizations.saveAuthorization(grant);
    }
  }
}
