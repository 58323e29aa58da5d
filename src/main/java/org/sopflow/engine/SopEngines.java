package org.sopflow.engine;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.springframework.modulith.NamedInterface;

/** Engines outside the server, for the command-line tools. */
@NamedInterface("models")
public final class SopEngines {

  private SopEngines() {
  }

  /** A throw-away engine on an in-memory H2 database that reads models as the server does. */
  public static ProcessEngine inMemory(String name, List<? extends SopEngineHook> hooks) {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setJobExecutorActivate(false);
    configuration.setProcessEnginePlugins(List.of(new SopEnginePlugin(hooks)));
    return configuration.buildProcessEngine();
  }
}
