package org.sopflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without the demo profile nobody can log in until the operator configures users. */
// Camunda registers each context's engine as the JVM's "default" engine, which /engine-rest uses:
// a context is closed after its class so that the next one's engine is the one answering.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:sopflow-security-test;DB_CLOSE_DELAY=-1")
class SecurityDefaultsTest {

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identityService;
  @Autowired
  ProcessEngineConfiguration engineConfiguration;

  @Test
  void noUserExistsAndAuthorizationIsOn() {
    assertThat(identityService.createUserQuery().count()).isZero();
    assertThat(identityService.createGroupQuery().groupId("ppid-petugas").count()).isEqualTo(1);
    assertThat(engineConfiguration.isAuthorizationEnabled()).isTrue();
  }

  @Test
  void demoCredentialsDoNotWork() {
    ApiClient api = new ApiClient(port);
    assertThat(api.get("/engine-rest/task", "admin:admin").statusCode()).isEqualTo(401);
    assertThat(api.get("/api/sops", "ppid-petugas").statusCode()).isEqualTo(401);
  }
}
