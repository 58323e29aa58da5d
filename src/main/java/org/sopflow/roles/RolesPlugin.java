package org.sopflow.roles;

import org.sopflow.model.RoleCatalogue;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Maps lanes to roles in every deployment, including those made through {@code /engine-rest}. */
public class RolesPlugin extends AbstractProcessEnginePlugin {

  private final RoleCatalogue catalogue;

  public RolesPlugin(RoleCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Lane ids (and so role and demo user ids) use '-' and '.'; Camunda allows only letters and digits by default. */
  static final String RESOURCE_ID_PATTERN = "[a-zA-Z0-9][a-zA-Z0-9._@-]*|camunda-admin";
  private static final String CAMUNDA_DEFAULT_PATTERN = "[a-zA-Z0-9]+|camunda-admin";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (CAMUNDA_DEFAULT_PATTERN.equals(configuration.getGeneralResourceWhitelistPattern())) {
      configuration.setGeneralResourceWhitelistPattern(RESOURCE_ID_PATTERN);
    }
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new LaneRoleParseListener(catalogue));
    if (configuration.getCustomPostDeployers() == null) {
      configuration.setCustomPostDeployers(new ArrayList<>());
    }
    configuration.getCustomPostDeployers().add(new SopAuthorizationDeployer(catalogue));
  }
}
