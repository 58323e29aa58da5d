package org.sopflow.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sopflow.SopTestEngine;
import org.sopflow.engine.SopEnginePlugin;
import org.sopflow.engine.SopModels;

/** The models read ahead at start-up are taken by the engine once; what a deployment read is forgotten with its command. */
class ModelsReadAheadTest {

  private static final Path MODEL = SopTestEngine.PROCESSES.resolve("pip/pip-keberatan-informasi.bpmn");

  private final ModelsReadAhead readAhead = new ModelsReadAhead();
  private ProcessEngine engine;

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void theEngineTakesAModelReadAheadInsteadOfReadingItAgain() throws Exception {
    byte[] xml = Files.readAllBytes(MODEL);
    ReadModel read = ReadModel.of(xml);
    readAhead.offer(xml, read);
    engine = engine();

    engine.getRepositoryService().createDeployment().addString("keberatan.bpmn", new String(xml, StandardCharsets.UTF_8))
        .deploy();

    assertThat(readAhead.take(xml)).as("handed out once").isEmpty();
    String id = engine.getRepositoryService().createProcessDefinitionQuery().singleResult().getId();
    assertThat(SopModels.of(engine.getRepositoryService(), id)).get()
        .isSameAs(read.sops().values().iterator().next().sop());
    assertThat(deployer().deploymentsBeingParsed()).isZero();
  }

  @Test
  void aRefusedDeploymentLeavesNothingBehind() throws Exception {
    engine = engine();
    String broken = Files.readString(MODEL, StandardCharsets.UTF_8)
        .replaceFirst("sop.waktu\" value=\"30 menit\"", "sop.waktu\" value=\"kapan-kapan\"");

    assertThatThrownBy(() -> engine.getRepositoryService().createDeployment().addString("rusak.bpmn", broken).deploy())
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("kapan-kapan");

    assertThat(deployer().deploymentsBeingParsed()).isZero();
  }

  private ProcessEngine engine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("read-ahead-" + System.nanoTime());
    configuration.setJdbcUrl("jdbc:h2:mem:" + configuration.getProcessEngineName() + ";DB_CLOSE_DELAY=-1");
    configuration.setJobExecutorActivate(false);
    configuration.setProcessEnginePlugins(List.of(new SopEnginePlugin(List.of(), readAhead, org.sopflow.engine.LoginLockouts.NONE, null)));
    return configuration.buildProcessEngine();
  }

  private SopDeployer deployer() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCustomPreDeployers().stream()
        .filter(SopDeployer.class::isInstance).map(SopDeployer.class::cast).findFirst().orElseThrow();
  }
}
