package org.sopflow.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sopflow.SopFlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The postgres profile refuses demo users and known passwords before it touches anything. */
class ProductionSafetyTest {

  @Test
  void refusesTheDemoProfile() {
    assertThatThrownBy(() -> start("postgres,demo", "--camunda.bpm.admin-user.password=K3p4l4-Dinas!"))
        .hasMessageContaining("demo profile");
  }

  @Test
  void refusesAWellKnownAdminPassword() {
    assertThatThrownBy(() -> start("postgres", "--camunda.bpm.admin-user.password=admin"))
        .hasMessageContaining("camunda.bpm.admin-user.password is a well-known default password");
  }

  @Test
  void refusesAWellKnownDatabasePassword() {
    assertThatThrownBy(() -> start("postgres", "--spring.datasource.password=postgres"))
        .hasMessageContaining("spring.datasource.password is a well-known default password");
  }

  @Test
  void refusesTheSelfSignedDemoSigningKey() {
    assertThatThrownBy(() -> start("postgres", "--sop.signing.pkcs12.create-demo-key=true"))
        .hasMessageContaining("sop.signing.pkcs12.create-demo-key signs SOPs with a self-signed key");
  }

  private static void start(String profiles, String argument) {
    new SpringApplicationBuilder(SopFlowApplication.class).profiles(profiles.split(","))
        .run("--server.port=0", argument).close();
  }
}
