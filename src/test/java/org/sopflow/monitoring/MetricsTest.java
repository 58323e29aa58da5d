package org.sopflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sopflow.EngineScenario.clockAt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.sopflow.EngineScenario;
import org.sopflow.TestModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** {@code /actuator/prometheus} and {@code /actuator/health} as Prometheus and a load balancer read them. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-metrics-test;DB_CLOSE_DELAY=-1",
    "sop.deadlines.detection-interval=PT1H"})
@ActiveProfiles("demo")
@AutoConfigureObservability(tracing = false) // Spring Boot switches metrics export off in tests otherwise
class MetricsTest {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  SopMetrics metrics;

  @AfterEach
  void resetClock() {
    EngineScenario.resetClock();
  }

  @Test
  void prometheusShowsOpenAndOverdueWorkEventsAndStepDurations() {
    EngineScenario scenario = new EngineScenario(engine);
    scenario.deploy("sop-metrik.bpmn", TestModels.sop("sop-metrik").lane("ppid-petugas", "Petugas")
        .task("layani", "ppid-petugas").taskProperty("layani", "sop.waktu", "2 jam").xml());
    clockAt("2026-11-30T08:00");
    String late = engine.getRuntimeService().startProcessInstanceByKey("sop-metrik").getId();
    String completedLate = engine.getRuntimeService().startProcessInstanceByKey("sop-metrik").getId();
    clockAt("2026-11-30T14:00");
    engine.getRuntimeService().startProcessInstanceByKey("sop-metrik");
    engine.getTaskService().complete(scenario.task(completedLate).getId()); // 08:00-14:00 = 5 working hours
    assertThat(scenario.task(late)).isNotNull();

    metrics.refresh();
    HttpResponse<String> scrape = new ApiClient(port).get("/actuator/prometheus", "admin:admin", "text/plain");

    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body())
        .contains("sop_tasks_open{role=\"ppid-petugas\",sop=\"sop-metrik\"} 2.0")
        .contains("sop_tasks_overdue{role=\"ppid-petugas\",sop=\"sop-metrik\"} 1.0")
        .contains("sop_maladministration_events_total{category=\"PENUNDAAN_BERLARUT\",rule=\"STEP_OVERDUE\"} 1.0")
        .contains("sop_step_duration_seconds_count{sop=\"sop-metrik\",step=\"layani\"} 1")
        .contains("sop_step_duration_seconds_sum{sop=\"sop-metrik\",step=\"layani\"} 18000.0");
  }

  @Test
  void onlyReportReadersScrapeAndHealthShowsTheEngineAndTheChain() throws Exception {
    ApiClient api = new ApiClient(port);
    assertThat(api.get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
    assertThat(api.get("/actuator/prometheus", "ppid-petugas").statusCode()).isEqualTo(403);
    assertThat(api.get("/actuator/prometheus", "ppid", "text/plain").statusCode()).isEqualTo(200);

    HttpResponse<String> health = api.get("/actuator/health", null);
    assertThat(health.statusCode()).isEqualTo(200);
    JsonNode components = new ObjectMapper().readTree(health.body()).get("components");
    assertThat(components.get("processEngine").get("status").asText()).isEqualTo("UP");
    assertThat(components.get("eventChain").get("status").asText()).isEqualTo("UP");
    assertThat(health.body()).as("no details for anonymous callers").doesNotContain("firstBrokenSequence");
  }
}
