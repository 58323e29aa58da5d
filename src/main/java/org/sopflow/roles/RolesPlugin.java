package org.sopflow.roles;

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

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new LaneRoleParseListener(catalogue));
  }
}
