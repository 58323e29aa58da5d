package org.sopflow.deviation;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopStep;

/**
 * Attaches the deviation rules to every SOP as built-in listeners, which run even when a caller
 * asks Camunda to skip custom listeners (as process instance modification allows).
 */
class DeviationParseListener extends AbstractBpmnParseListener {

  private final LaneRules laneRules;
  private final ProcedureRules procedureRules;

  DeviationParseListener(LaneRules laneRules, ProcedureRules procedureRules) {
    this.laneRules = laneRules;
    this.procedureRules = procedureRules;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    SopDefinition sop = SopDefinition.of(processDefinition).orElseThrow();
    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, procedureRules.onInstanceEnded());
    for (SopStep step : sop.steps()) {
      ActivityImpl activity = processDefinition.findActivity(step.activityId());
      if (activity == null) {
        continue;
      }
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, procedureRules.onStepStarted(step));
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
        TaskDefinition task = userTask.getTaskDefinition();
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, laneRules.onAssignment());
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, laneRules.onComplete());
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, procedureRules.onTaskDeleted());
      }
    }
  }
}
