package org.sopflow.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.sopflow.SopFlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Role ids are Camunda group ids, one name space for the whole city: a second OPD whose roles.yaml
 * reuses a role id of the first would hand its users the first OPD's work, so it does not start,
 * and says which role and which OPD.
 */
class CityWideRoleIdsTest {

  private static final String DATABASE = "--spring.datasource.url=jdbc:h2:mem:sopflow-city-role-ids;DB_CLOSE_DELAY=-1";

  @Test
  void aSecondOpdReusingARoleIdIsRefusedByName() {
    try (ConfigurableApplicationContext diskominfo = start("diskominfo")) {
      assertThat(diskominfo.getBean(ProcessEngine.class).getIdentityService().createGroupQuery()
          .memberOfTenant("diskominfo").groupId("kabid-pip").count()).isEqualTo(1);
    }
    assertThatThrownBy(() -> start("kanigaran").close()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("of tenant 'kanigaran' is already a role (Camunda group) of tenant [diskominfo]")
        .hasMessageContaining("role ids are city-wide");
  }

  private static ConfigurableApplicationContext start(String tenant) {
    return new SpringApplicationBuilder(SopFlowApplication.class).profiles("demo")
        .run("--server.port=0", DATABASE, "--sop.processes.watch=false", "--sop.processes.tenant=" + tenant,
            // the Diskominfo's folder alone, as an installation of one office
            "--sop.processes.location=classpath:processes/diskominfo/", "--sop.processes.opds=",
            "--sop.deadlines.detection-interval=PT1H");
  }
}
