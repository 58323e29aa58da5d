package org.sopflow.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The office's SOP folder is one perangkat daerah, a Camunda tenant ({@code sop.processes.tenant}):
 * its SOPs are deployed to it and its roles are its members. A user of another OPD (another tenant)
 * sees none of its SOPs, cases, tasks or history through the engine's REST API or SOP Flow's; the
 * office's own roles see them as before.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-tenant-isolation-test;DB_CLOSE_DELAY=-1",
    "sop.deadlines.detection-interval=PT1H"})
@ActiveProfiles("demo")
class TenantIsolationTest {

  private static final String PASSWORD = "Kanigaran#2026-uji";

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
    String camat = "camat-kanigaran:" + PASSWORD;

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
    String instance = engine.getRuntimeService().startProcessInstanceByKey("pip-permohonan-informasi").getId();
    ApiClient api = new ApiClient(port);
    for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
      if (!mapping.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
        continue;
      }
      for (String path : mapping.getPatternValues()) {
        if (!path.startsWith("/api/")) {
          continue;
        }
        String concrete = path.replace("{key}", "pip-permohonan-informasi").replace("{processInstanceId}", instance)
            .replace("{id}", instance).replaceAll("\\{[^}]+}", "tidak-ada");
        HttpResponse<String> answer = api.get(concrete, "camat-kanigaran:" + PASSWORD);
        if (answer.statusCode() == 200) {
          assertThat(answer.body()).as(concrete).doesNotContain(instance, "pip-permohonan-informasi",
              "Permohonan Informasi");
        } else {
          assertThat(answer.statusCode()).as(concrete + ": " + answer.body()).isIn(400, 401, 403, 404, 406);
        }
      }
    }
  }

  /**
   * A model of the office's follow-up SOP deployed through {@code /engine-rest} without Tenant ID is a
   * shared second line of versions: follow-ups still start on the office's own.
   */
  @Test
  void aFollowUpStartsOnTheOfficesLineWhenTheSameKeyIsAlsoShared() throws Exception {
    ApiClient api = new ApiClient(port);
    String model = java.nio.file.Files.readString(java.nio.file.Path.of("processes/sekretariat/sek-tindak-lanjut.bpmn"));
    HttpResponse<String> shared = api.deploy("admin:admin", "bersama", "sek-tindak-lanjut.bpmn", model);
    assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
    HttpResponse<String> created = api.post("/api/tindak-lanjut", "kepala-dinas", """
        {"sumber": "TEMUAN", "jenis": "SOP_TANPA_PEMBARUAN", "sop": "pip-permohonan-informasi", "dari": "2026-01-01",
         "sampai": "2026-06-30", "bukti": "Belum diperbarui", "tindakan": "Perbarui SOP"}""");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("sek-tindak-lanjut").list())
        .singleElement().extracting(org.camunda.bpm.engine.runtime.ProcessInstance::getTenantId).isEqualTo("diskominfo");
  }

  /** A kecamatan with one role that may read all it sees, as a second OPD would bring. */
  private void anotherOpd() {
    IdentityService identity = engine.getIdentityService();
    if (identity.createTenantQuery().tenantId("kanigaran").count() > 0) {
      return;
    }
    Tenant tenant = identity.newTenant("kanigaran");
    tenant.setName("Kecamatan Kanigaran");
    identity.saveTenant(tenant);
    Group group = identity.newGroup("kanigaran-camat");
    group.setName("Camat Kanigaran");
    identity.saveGroup(group);
    User user = identity.newUser("camat-kanigaran");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership("camat-kanigaran", "kanigaran-camat");
    identity.createTenantGroupMembership("kanigaran", "kanigaran-camat");
    // the head of the kecamatan reads everything of the kecamatan: only the tenant keeps the office's out
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (Resource resource : List.of(Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE, Resources.TASK,
        Resources.HISTORIC_PROCESS_INSTANCE, Resources.HISTORIC_TASK)) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId("kanigaran-camat");
      grant.setResource(resource);
      grant.setResourceId("*");
      grant.addPermission(Permissions.ALL);
      authorizations.saveAuthorization(grant);
    }
  }
}
