package org.sopflow.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sopflow.EngineScenario;
import org.sopflow.SopTestEngine;
import org.sopflow.TestModels;

/** A log (and database) of its own for each test, since the tests tamper with it. */
class EventChainTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private final ProcessEngine engine = SopTestEngine.build("chain-test-" + DATABASES.incrementAndGet());
  private final EngineScenario scenario = new EngineScenario(engine);

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void theChainVerifiesUntilARowIsEditedWithSql() throws Exception {
    scenario.deploy("sop-rantai.bpmn", TestModels.sop("sop-rantai").lane("ppid", "PPID").task("periksa", "ppid").xml());
    for (int i = 0; i < 3; i++) {
      String instance = engine.getRuntimeService().startProcessInstanceByKey("sop-rantai").getId();
      scenario.as("admin", () -> engine.getTaskService().complete(scenario.task(instance).getId()));
    }
    try (Connection connection = scenario.connection()) {
      assertThat(scenario.log().verify()).isEqualTo(new MaladministrationEvents.ChainVerification(true, 3, null));

      connection.createStatement().executeUpdate("UPDATE sop_maladministration_event SET user_id = 'sari' WHERE sequence = 2");

      assertThat(scenario.log().verify()).isEqualTo(new MaladministrationEvents.ChainVerification(false, 3, 2L));
    }
  }

  @Test
  void aDeletedRowBreaksTheChainWhereItWas() throws Exception {
    scenario.deploy("sop-rantai.bpmn", TestModels.sop("sop-rantai").lane("ppid", "PPID").task("periksa", "ppid").xml());
    for (int i = 0; i < 3; i++) {
      String instance = engine.getRuntimeService().startProcessInstanceByKey("sop-rantai").getId();
      scenario.as("admin", () -> engine.getTaskService().complete(scenario.task(instance).getId()));
    }
    try (Connection connection = scenario.connection()) {
      connection.createStatement().executeUpdate("DELETE FROM sop_maladministration_event WHERE sequence = 2");
      assertThat(scenario.log().verify().firstBrokenSequence()).isEqualTo(2L);
    }
  }
}
