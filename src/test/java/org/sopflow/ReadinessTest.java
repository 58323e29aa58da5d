package org.sopflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code /actuator/health/readiness} says OUT_OF_SERVICE while the start-up work runs (the server
 * already answers then) and UP once the catalogue is deployed and roles, grants, users and filters
 * made. Two probes among the start-up steps look at it from outside, over HTTP.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:sopflow-readiness-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class ReadinessTest {

  /** What a probe saw: the readiness answer and how many SOPs /api/sops listed. */
  record Seen(int readiness, String body, int sops) {
  }

  static final List<Seen> BEFORE_DEPLOYMENT = new ArrayList<>();
  static final List<Seen> AFTER_LAST_STEP = new ArrayList<>();

  @TestConfiguration
  static class Probes {

    /** Between the groups (order 10) and the deployment of the catalogue (order 20). */
    @Bean
    @Order(15)
    ApplicationRunner probeBeforeDeployment(Environment environment) {
      return args -> BEFORE_DEPLOYMENT.add(look(Integer.parseInt(environment.getProperty("local.server.port"))));
    }

    /** After every start-up step of the application. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ApplicationRunner probeAfterLastStep(Environment environment) {
      return args -> AFTER_LAST_STEP.add(look(Integer.parseInt(environment.getProperty("local.server.port"))));
    }
  }

  @LocalServerPort
  int port;
  @Autowired
  Environment environment;

  @Test
  void outOfServiceUntilTheStartUpWorkIsDoneThenUp() {
    assertThat(BEFORE_DEPLOYMENT).singleElement().satisfies(seen -> {
      assertThat(seen.readiness()).isEqualTo(503);
      assertThat(seen.body()).contains("OUT_OF_SERVICE");
      assertThat(seen.sops()).isZero();
    });
    assertThat(AFTER_LAST_STEP).singleElement().satisfies(seen -> {
      assertThat(seen.readiness()).isEqualTo(503);
      assertThat(seen.sops()).isEqualTo(catalogueSize());
    });
    Seen now = look(port);
    assertThat(now.readiness()).isEqualTo(200);
    assertThat(now.body()).contains("\"status\":\"UP\"");
    assertThat(new ApiClient(port).get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
  }

  private static Seen look(int port) {
    ApiClient api = new ApiClient(port);
    HttpResponse<String> readiness = api.get("/actuator/health/readiness", null);
    String sops = api.get("/api/sops", "admin:admin").body();
    return new Seen(readiness.statusCode(), readiness.body(), sops.split("\"key\"", -1).length - 1);
  }

  private static int catalogueSize() {
    try (var files = java.nio.file.Files.walk(SopTestEngine.CITY)) {
      return (int) files.filter(file -> file.toString().endsWith(".bpmn")).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
