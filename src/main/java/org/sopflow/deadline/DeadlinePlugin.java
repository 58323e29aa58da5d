package org.sopflow.deadline;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.deviation.EngineSql;
import org.sopflow.deviation.MaladministrationLog;

/** Gives every SOP task its standard deadline and every SOP instance its service deadline. */
public class DeadlinePlugin extends AbstractProcessEnginePlugin {

  private final WorkingCalendar calendar;
  private final MaladministrationLog log;

  public DeadlinePlugin(WorkingCalendar calendar, MaladministrationLog log) {
    this.calendar = calendar;
    this.log = log;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    EngineSql.keepWritesUntilFlush(configuration);
    configuration.getCustomPostBPMNParseListeners().add(new DeadlineParseListener(
        new StandardDeadlines(calendar, log), new ServiceDeadlines(calendar, log)));
  }
}
