package org.sopflow.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sopflow.EngineScenario;
import org.sopflow.SopTestEngine;
import org.sopflow.TestModels;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A log (and database) of its own for each test, since the tests tamper with it. */
class EventChainTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final String VALID = "valid";
  private static final String EVENTS = "events";
  private static final String FIRST_BROKEN = "firstBrokenSequence";
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
      assertThat(scenario.log().verify()).extracting(VALID, EVENTS, FIRST_BROKEN).containsExactly(true, 3L, null);

      connection.createStatement().executeUpdate("UPDATE sop_maladministration_event SET user_id = 'sari' WHERE sequence = 2");

      assertThat(scenario.log().verify()).extracting(VALID, EVENTS, FIRST_BROKEN).containsExactly(false, 3L, 2L);
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

  @Test
  void cuttingTheLastEventsFailsTheCheckOfTheHead() throws Exception {
    runThree();
    try (Connection connection = scenario.connection()) {
      connection.createStatement().executeUpdate("DELETE FROM sop_maladministration_event WHERE sequence = 3");

      MaladministrationEvents.ChainVerification cut = scenario.log().verify();

      assertThat(cut).extracting(VALID, EVENTS, FIRST_BROKEN).containsExactly(false, 2L, 3L);
      assertThat(cut.problem()).contains("head records 3 events, the log holds 2");
    }
  }

  @Test
  void aChainRewrittenWithItsHeadIsCaughtByTheCheckpointOutsideTheDatabase(@TempDir Path folder) throws Exception {
    runThree();
    EventChainProperties properties = new EventChainProperties(folder.resolve("rantai.checkpoints").toString(),
        Duration.ofHours(1), "kunci-rahasia");
    MaladministrationEvents log = new MaladministrationEvents(JdbcClient.create(dataSource()),
        new ChainCheckpoints(properties, SopTestEngine.CLOCK));
    ChainAnchor anchor = new ChainAnchor(log, new ChainCheckpoints(properties, SopTestEngine.CLOCK), properties);
    assertThat(anchor.anchor()).isTrue();
    assertThat(anchor.anchor()).as("the head did not move").isFalse();
    assertThat(log.verify()).extracting(VALID, "anchoredSequence").containsExactly(true, 3L);

    // someone with the database deletes the last event and rewrites the head to match
    try (Connection connection = scenario.connection()) {
      connection.createStatement().executeUpdate("DELETE FROM sop_maladministration_event WHERE sequence = 3");
      connection.createStatement().executeUpdate("UPDATE sop_event_chain_head SET last_sequence = 2, last_hash ="
          + " (SELECT hash FROM sop_maladministration_event WHERE sequence = 2) WHERE id = 1");
    }
    assertThat(scenario.log().verify().valid()).as("the database alone agrees with itself").isTrue();

    MaladministrationEvents.ChainVerification anchored = log.verify();
    assertThat(anchored.valid()).isFalse();
    assertThat(anchored.problem()).contains("rantai.checkpoints line 1 anchors event 3", "its tail was cut");
  }

  @Test
  void aCheckpointNotSignedWithTheKeyIsRefused(@TempDir Path folder) throws Exception {
    runThree();
    Path file = folder.resolve("rantai.checkpoints");
    MaladministrationEvents.Head head = scenario.log().head();
    Files.writeString(file, "2026-12-07T01:00:00Z " + head.sequence() + " " + head.hash() + " palsu\n");
    MaladministrationEvents log = new MaladministrationEvents(JdbcClient.create(dataSource()), new ChainCheckpoints(
        new EventChainProperties(file.toString(), Duration.ofHours(1), "kunci-rahasia"), SopTestEngine.CLOCK));

    assertThat(log.verify().problem()).contains("line 1 is not signed");
  }

  private void runThree() {
    scenario.deploy("sop-rantai.bpmn", TestModels.sop("sop-rantai").lane("ppid", "PPID").task("periksa", "ppid").xml());
    for (int i = 0; i < 3; i++) {
      String instance = engine.getRuntimeService().startProcessInstanceByKey("sop-rantai").getId();
      scenario.as("admin", () -> engine.getTaskService().complete(scenario.task(instance).getId()));
    }
  }

  private DataSource dataSource() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
  }
}
