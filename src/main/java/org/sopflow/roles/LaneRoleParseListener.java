package org.sopflow.roles;

import org.sopflow.model.RoleCatalogue;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.el.FixedValue;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopLane;
import org.sopflow.model.SopStep;

/**
 * Gives every user task the candidate group of its lane, unless the modeller assigned it explicitly.
 * Refuses a model whose lane is not a catalogued role or whose user task lies in no lane.
 */
class LaneRoleParseListener extends AbstractBpmnParseListener {

  private final RoleCatalogue catalogue;

  LaneRoleParseListener(RoleCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    SopDefinition sop = SopDefinition.of(processDefinition).orElseThrow();
    List<String> problems = new ArrayList<>();
    for (SopLane lane : sop.lanes()) {
      if (!catalogue.contains(lane.id())) {
        problems.add("lane '" + lane.id() + "' (\"" + lane.name() + "\") is not a role in the role catalogue "
            + RoleCatalogue.FILE_NAME + "; known roles: " + String.join(", ", catalogue.ids()));
      }
    }
    for (SopStep step : sop.steps()) {
      if (step.isUserTask()) {
        assign(processDefinition, step, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new BpmnParseException("SOP '" + sop.key() + "': " + String.join("; ", problems), processElement);
    }
  }

  private void assign(ProcessDefinitionEntity processDefinition, SopStep step, List<String> problems) {
    if (step.role() == null) {
      problems.add("user task '" + step.activityId() + "' (\"" + step.name() + "\") lies in no lane;"
          + " put it in the lane of the role that performs it");
      return;
    }
    ActivityImpl activity = processDefinition.findActivity(step.activityId());
    if (activity != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      TaskDefinition task = userTask.getTaskDefinition();
      if (!isExplicitlyAssigned(task)) {
        task.addCandidateGroupIdExpression(new FixedValue(step.role()));
      }
    }
  }

  private static boolean isExplicitlyAssigned(TaskDefinition task) {
    return task.getAssigneeExpression() != null
        || !task.getCandidateUserIdExpressions().isEmpty()
        || !task.getCandidateGroupIdExpressions().isEmpty();
  }
}
