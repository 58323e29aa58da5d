package org.sopflow.lint;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Lints every new deployment before Camunda parses it. */
public class LintPlugin extends AbstractProcessEnginePlugin {

  private final SopLint lint;

  public LintPlugin(SopLint lint) {
    this.lint = lint;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreDeployers() == null) {
      configuration.setCustomPreDeployers(new ArrayList<>());
    }
    configuration.getCustomPreDeployers().add(new LintDeployer(lint));
  }
}
