package org.sopflow.deadline;

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

/** Attaches the standard and service deadlines to every SOP, as built-in listeners. */
class DeadlineParseListener extends AbstractBpmnParseListener {

  private final StandardDeadlines standardDeadlines;
  private final ServiceDeadlines serviceDeadlines;

  DeadlineParseListener(StandardDeadlines standardDeadlines, ServiceDeadlines serviceDeadlines) {
    this.standardDeadlines = standardDeadlines;
    this.serviceDeadlines = serviceDeadlines;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    SopDefinition sop = SopDefinition.of(processDefinition).orElseThrow();
    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, serviceDeadlines.onStart(sop));
    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, serviceDeadlines.onEnd(sop));
    for (SopStep step : sop.steps()) {
      ActivityImpl activity = processDefinition.findActivity(step.activityId());
      if (activity == null) {
        continue;
      }
      if (step.perpanjanganLayanan() != null && sop.serviceTime() != null) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, serviceDeadlines.onExtendingStepEnded(sop, step));
      }
      if (step.waktu() != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
        TaskDefinition task = userTask.getTaskDefinition();
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, standardDeadlines.onCreate(sop, step));
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, standardDeadlines.onUpdate());
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, standardDeadlines.onComplete(sop));
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, standardDeadlines.onDelete());
      }
    }
  }
}
