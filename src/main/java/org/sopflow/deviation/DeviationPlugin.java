package org.sopflow.deviation;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Records procedure deviations (lanes, skipped steps, cancelled instances) of every SOP. */
public class DeviationPlugin extends AbstractProcessEnginePlugin {

  private final MaladministrationLog log;

  public DeviationPlugin(MaladministrationLog log) {
    this.log = log;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    EngineSql.keepWritesUntilFlush(configuration);
    ProcedureRules procedureRules = new ProcedureRules(log);
    configuration.getCustomPostBPMNParseListeners().add(new DeviationParseListener(new LaneRules(log), procedureRules));
    configuration.getCustomHistoryEventHandlers().add(new MigrationWatch(procedureRules));
  }
}
