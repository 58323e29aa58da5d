package org.sopflow.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.modulith.NamedInterface;

/** Runs work as one engine command in its own transaction, so SOP tables and the engine commit together. */
@NamedInterface("sql")
public final class EngineCommands {

  private final ProcessEngineConfigurationImpl configuration;

  public EngineCommands(ProcessEngine engine) {
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /** The work runs inside a new engine command; {@link EngineTransaction} works within it. */
  public <T> T run(Supplier<T> work) {
    return configuration.getCommandExecutorTxRequired().execute(context -> work.get());
  }
}
