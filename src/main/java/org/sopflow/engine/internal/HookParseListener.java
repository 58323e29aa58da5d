package org.sopflow.engine.internal;

import java.util.List;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.el.FixedValue;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.sopflow.engine.ParsedSop;
import org.sopflow.engine.SopEngineHook;
import org.sopflow.model.SopDefinition;

/** Hands every parsed SOP to the hooks, after Camunda's own parsing. */
public class HookParseListener extends AbstractBpmnParseListener {

  private final List<SopEngineHook> hooks;

  public HookParseListener(List<SopEngineHook> hooks) {
    this.hooks = hooks;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    SopDefinition sop = ParsedSops.of(processDefinition).orElseThrow();
    Parsed parsed = new Parsed(sop, processDefinition, processElement);
    hooks.forEach(hook -> hook.parsed(parsed));
  }

  private record Parsed(SopDefinition sop, ProcessDefinitionEntity definition, Element element) implements ParsedSop {

    @Override
    public String tenantId() {
      return definition.getTenantId();
    }

    @Override
    public void onProcess(String event, ExecutionListener listener) {
      definition.addBuiltInListener(event, listener);
    }

    @Override
    public void onActivity(String activityId, String event, ExecutionListener listener) {
      ActivityImpl activity = definition.findActivity(activityId);
      if (activity != null) {
        activity.addBuiltInListener(event, listener);
      }
    }

    @Override
    public void onUserTask(String activityId, String event, TaskListener listener) {
      TaskDefinition task = userTask(activityId);
      if (task != null) {
        task.addBuiltInTaskListener(event, listener);
      }
    }

    @Override
    public void offerUnlessAssigned(String activityId, String groupId) {
      TaskDefinition task = userTask(activityId);
      if (task != null && task.getAssigneeExpression() == null && task.getCandidateUserIdExpressions().isEmpty()
          && task.getCandidateGroupIdExpressions().isEmpty()) {
        task.addCandidateGroupIdExpression(new FixedValue(groupId));
      }
    }

    @Override
    public Integer modelledHistoryTimeToLive() {
      return definition.getHistoryTimeToLive();
    }

    @Override
    public void historyTimeToLive(int days) {
      definition.setHistoryTimeToLive(days);
    }

    @Override
    public void refuse(String message) {
      throw new BpmnParseException(message, element);
    }

    private TaskDefinition userTask(String activityId) {
      ActivityImpl activity = definition.findActivity(activityId);
      return activity != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask
          ? userTask.getTaskDefinition() : null;
    }
  }
}
