package org.sopflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.sopflow.SopFlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo's users never reach an office's database: once a database has run without the demo
 * profile, or has users of its own, the demo profile refuses to start on it. Outside the demo
 * profile, Camunda's password policy refuses a weak password.
 */
class DatabaseKindTest {

  private static final String OFFICE_DATABASE = "--spring.datasource.url=jdbc:h2:mem:sopflow-office-db;DB_CLOSE_DELAY=-1";

  @Test
  void theDemoProfileRefusesADatabaseThatRanWithoutIt() {
    try (ConfigurableApplicationContext office = start("default", OFFICE_DATABASE)) {
      IdentityService identity = office.getBean(IdentityService.class);
      User weak = identity.newUser("petugas-lemah");
      weak.setPassword("demo");
      assertThatThrownBy(() -> identity.saveUser(weak)).hasMessageContaining("Password does not match policy");
      User strong = identity.newUser("petugas-kuat");
      strong.setPassword("Kuat-Sekali-2026");
      identity.saveUser(strong);
      assertThat(identity.checkPassword("petugas-kuat", "Kuat-Sekali-2026")).isTrue();
    }

    assertThatThrownBy(() -> start("demo", OFFICE_DATABASE).close())
        .hasStackTraceContaining("This database was started without the demo profile");
  }

  @Test
  void aDemoDatabaseStartsAgainAsADemo() {
    String demoDatabase = "--spring.datasource.url=jdbc:h2:mem:sopflow-demo-db;DB_CLOSE_DELAY=-1";
    start("demo", demoDatabase).close();
    try (ConfigurableApplicationContext again = start("demo", demoDatabase)) {
      assertThat(again.getBean(IdentityService.class).checkPassword("ppid", "demo")).isTrue();
    }
  }

  private static ConfigurableApplicationContext start(String profile, String database) {
    return new SpringApplicationBuilder(SopFlowApplication.class).profiles(profile)
        .run("--server.port=0", database, "--sop.processes.watch=false");
  }
}
