package org.sopflow.roles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.sopflow.EngineScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Need to know, as a PPID Pembantu meets it through the engine REST API: nothing of an information
 * request before one of its steps is offered to it, the case from then on; the roles above it
 * likewise, and a role of another SOP never.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:sopflow-need-to-know-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class NeedToKnowTest {

  private static final String SOP = "pip-permohonan-informasi";
  private final ObjectMapper json = new ObjectMapper();
  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  @Test
  void aRoleReadsACaseOnlyOnceOneOfItsStepsIsOfferedToIt() throws Exception {
    EngineScenario scenario = new EngineScenario(engine);
    String instance = engine.getRuntimeService().startProcessInstanceByKey(SOP).getId();
    complete(scenario, instance, "ppid-petugas", Map.of("namaPemohon", "Siti Aminah",
        "nomorIdentitas", "3574010101900001", "rincianInformasi", "Anggaran internet kelurahan 2026"));

    assertThat(historicInstances(instance, "ppid-pembantu")).isZero();
    assertThat(variables(instance, "ppid-pembantu")).isEmpty();
    assertThat(historicInstances(instance, "ppid")).isOne();
    assertThat(historicInstances(instance, "atasan-ppid")).as("the PPID's supervisor").isOne();

    complete(scenario, instance, "ppid", Map.of("hasilPemeriksaan", "lengkap"));

    assertThat(historicInstances(instance, "ppid-pembantu")).isOne();
    assertThat(variables(instance, "ppid-pembantu")).contains("rincianInformasi");
    assertThat(historicInstances(instance, "kabid-tik")).as("a role of other SOPs").isZero();
    assertThat(historicInstances(instance, "pip-admin-lapor")).as("a role of another PIP SOP").isZero();
    assertThat(api().get("/engine-rest/process-instance/" + instance, "atasan-ppid").statusCode())
        .as("a supervisor follows the running case in Cockpit").isEqualTo(200);
    assertThat(api().get("/engine-rest/process-instance/" + instance, "ppid-pembantu").statusCode())
        .as("the running case's variables are the task's, in Tasklist").isEqualTo(404);
  }

  private void complete(EngineScenario scenario, String instance, String user, Map<String, Object> variables) {
    Task task = scenario.task(instance);
    scenario.as(user, () -> {
      engine.getTaskService().claim(task.getId(), user);
      engine.getTaskService().complete(task.getId(), variables);
    });
  }

  private int historicInstances(String instance, String user) throws Exception {
    return read("/engine-rest/history/process-instance?processInstanceId=" + instance, user).size();
  }

  private java.util.List<String> variables(String instance, String user) throws Exception {
    java.util.List<String> names = new java.util.ArrayList<>();
    read("/engine-rest/history/variable-instance?processInstanceId=" + instance, user)
        .forEach(variable -> names.add(variable.get("name").asText()));
    return names;
  }

  private JsonNode read(String path, String user) throws Exception {
    var response = api().get(path, user);
    assertThat(response.statusCode()).as(path + " as " + user).isEqualTo(200);
    return json.readTree(response.body());
  }

  private ApiClient api() {
    return new ApiClient(port);
  }
}
