package org.sopflow.roles;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

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

  /** A kecamatan with one role, as a second OPD would bring. */
  private void anotherOpd() {
    IdentityService identity = engine.getIdentityService();
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
  }
}
