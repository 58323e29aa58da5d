package org.sopflow.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sopflow.SopTestEngine;
import org.sopflow.engine.LoginLockouts;
import org.sopflow.engine.SopEnginePlugin;

/** Two commands reading the same stored deployment each keep their own SOPs until they end. */
class SopDeployerTest {

  private static final String FIRST = "pip-keberatan-informasi";

  private final CountDownLatch readOnA = new CountDownLatch(1);
  private final CountDownLatch bEnded = new CountDownLatch(1);
  private ProcessEngine engine;

  @AfterEach
  void close() {
    engine.close();
  }

  /**
   * As two commands of one node load a stored deployment's models into the cache one after the
   * other (Camunda serializes the loading, not the commands): the first command's SOPs must stay
   * until it ends, whenever the second ends.
   */
  @Test
  void aCommandEndingDoesNotTakeTheSopsAnotherCommandReadOfTheSameDeployment() throws Exception {
    engine = engine();
    String deploymentId = engine.getRepositoryService().createDeployment().name("sop")
        .addString(FIRST + ".bpmn", Files.readString(SopTestEngine.PROCESSES.resolve("pip/" + FIRST + ".bpmn")))
        .deploy().getId();
    CommandExecutor commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();

    CompletableFuture<Boolean> a = CompletableFuture.supplyAsync(() -> commands.execute(context -> {
      readAgain(context, deploymentId);
      readOnA.countDown();
      await(bEnded);
      return deployer().beingParsed(deploymentId).containsKey(FIRST);
    }));
    assertThat(readOnA.await(20, TimeUnit.SECONDS)).isTrue();
    commands.execute(context -> {
      readAgain(context, deploymentId);
      return null;
    });
    bEnded.countDown();

    assertThat(a.get(20, TimeUnit.SECONDS)).as("A still has the SOPs it read after B's command ended").isTrue();
    assertThat(deployer().deploymentsBeingParsed()).as("nothing kept once both ended").isZero();
  }

  /** What Camunda's cache does for a stored deployment: the pre-deployer reads its SOPs again. */
  private void readAgain(CommandContext context, String deploymentId) {
    DeploymentEntity deployment = context.getDeploymentManager().findDeploymentById(deploymentId);
    deployment.setNew(false);
    deployer().deploy(deployment);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private ProcessEngine engine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("deployer-" + System.nanoTime());
    configuration.setJdbcUrl("jdbc:h2:mem:" + configuration.getProcessEngineName() + ";DB_CLOSE_DELAY=-1");
    configuration.setJobExecutorActivate(false);
    configuration.setProcessEnginePlugins(List.of(new SopEnginePlugin(List.of(), ModelsReadAhead.NONE,
        LoginLockouts.NONE, null)));
    return configuration.buildProcessEngine();
  }

  private SopDeployer deployer() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCustomPreDeployers().stream()
        .filter(SopDeployer.class::isInstance).map(SopDeployer.class::cast).findFirst().orElseThrow();
  }
}
