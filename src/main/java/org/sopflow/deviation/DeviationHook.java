package org.sopflow.deviation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.engine.ParsedSop;
import org.sopflow.engine.SopEngineHook;
import org.sopflow.model.SopStep;

/** Records procedure deviations (lanes, skipped steps, cancelled instances) of every SOP. */
public final class DeviationHook implements SopEngineHook {

  private final LaneRules laneRules;
  private final ProcedureRules procedureRules;

  public DeviationHook(MaladministrationLog log, EngineTransaction transaction) {
    this.laneRules = new LaneRules(log, transaction);
    this.procedureRules = new ProcedureRules(log, transaction);
  }

  @Override
  public Stage stage() {
    return Stage.DEVIATION;
  }

  @Override
  public void parsed(ParsedSop process) {
    process.onProcess(ExecutionListener.EVENTNAME_END, procedureRules.onInstanceEnded());
    for (SopStep step : process.sop().steps()) {
      process.onActivity(step.activityId(), ExecutionListener.EVENTNAME_START, procedureRules.onStepStarted(step));
      process.onUserTask(step.activityId(), TaskListener.EVENTNAME_ASSIGNMENT, laneRules.onAssignment());
      process.onUserTask(step.activityId(), TaskListener.EVENTNAME_COMPLETE, laneRules.onComplete());
      process.onUserTask(step.activityId(), TaskListener.EVENTNAME_DELETE, procedureRules.onTaskDeleted());
    }
  }

  @Override
  public void migrated(DelegateExecution execution, String previousDefinitionId, String previousActivityId,
                       String activityId) {
    if (!previousActivityId.equals(activityId)) {
      procedureRules.onStepMovedAway(execution, previousActivityId, activityId);
    }
    procedureRules.onStepMigrated(execution, previousDefinitionId, activityId);
  }
}
