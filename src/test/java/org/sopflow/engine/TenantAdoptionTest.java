package org.sopflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.sopflow.EngineScenario;
import org.sopflow.SopFlowApplication;
import org.sopflow.TestModels;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An office that ran without tenant names its OPD: at the next start everything it stored becomes
 * the tenant's, a case in flight carries on in it and its role still works it, each SOP keeps one
 * line of versions; at later starts nothing moves again.
 */
class TenantAdoptionTest {

  private static final String DATABASE = "--spring.datasource.url=jdbc:h2:mem:sopflow-tenant-adoption;DB_CLOSE_DELAY=-1";
  private static final String KEY = "pip-permohonan-informasi";

  @Test
  void anOfficeWithoutTenantMovesIntoItsTenantWithItsCaseInFlight() {
    String instance;
    try (ConfigurableApplicationContext office = start("")) {
      ProcessEngine engine = office.getBean(ProcessEngine.class);
      assertThat(definitions(engine)).singleElement().extracting(ProcessDefinition::getTenantId).isNull();
      instance = engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-LAMA").getId();
    }

    String shared;
    try (ConfigurableApplicationContext office = start("diskominfo")) {
      ProcessEngine engine = office.getBean(ProcessEngine.class);
      assertThat(definitions(engine)).as("one line of versions, now the tenant's").singleElement()
          .extracting(ProcessDefinition::getTenantId).isEqualTo("diskominfo");
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).singleResult()
          .getTenantId()).isEqualTo("diskominfo");
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
          .singleResult().getTenantId()).isEqualTo("diskominfo");
      EngineScenario scenario = new EngineScenario(engine);
      scenario.as("ppid-petugas", () -> assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance)
          .list()).as("the desk officer still sees the case's step").singleElement()
          .satisfies(task -> assertThat(task.getTenantId()).isEqualTo("diskominfo")));
      shared = engine.getRepositoryService().createDeployment().name("bersama")
          .addString("sop-bersama.bpmn", TestModels.sop("sop-bersama").lane("ppid", "PPID").task("a", "ppid").xml())
          .deploy().getId();
    }

    try (ConfigurableApplicationContext office = start("diskominfo")) {
      ProcessEngine engine = office.getBean(ProcessEngine.class);
      assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentId(shared).singleResult().getTenantId())
          .as("a model deployed later without Tenant ID goes to the OPD whose roles its lanes are, not shared")
          .isEqualTo("diskominfo");
    }
  }

  private static List<ProcessDefinition> definitions(ProcessEngine engine) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).list();
  }

  private static ConfigurableApplicationContext start(String tenant) {
    return new SpringApplicationBuilder(SopFlowApplication.class).profiles("demo")
        .run("--server.port=0", DATABASE, "--sop.processes.watch=false", "--sop.processes.tenant=" + tenant,
            // the Diskominfo's folder alone, as an installation of one office
            "--sop.processes.location=classpath:processes/diskominfo/", "--sop.processes.opds=",
            "--sop.deadlines.detection-interval=PT1H");
  }
}
