package org.sopflow.deviation;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.sopflow.model.SopDefinition;

/**
 * Migration moves instances without running any listener, but Camunda writes a "migrate" history
 * event for every moved activity instance inside the migration's transaction; this handler sees it.
 */
class MigrationWatch implements HistoryEventHandler {

  private final ProcedureRules rules;

  MigrationWatch(ProcedureRules rules) {
    this.rules = rules;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricActivityInstanceEventEntity activity
        && HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE.getEventName().equals(activity.getEventType())) {
      ExecutionEntity execution = Context.getCommandContext().getExecutionManager()
          .findExecutionById(activity.getExecutionId());
      if (execution != null && SopDefinition.of(execution.getProcessDefinition()).isPresent()) {
        previousActivityId(activity).filter(previous -> !previous.equals(activity.getActivityId()))
            .ifPresent(previous -> rules.onStepMovedAway(execution, previous, activity.getActivityId()));
        rules.onStepMigrated(execution, activity.getActivityId());
      }
    }
  }

  /** The database still holds the activity instance as it was before this migration's flush. */
  private static Optional<String> previousActivityId(HistoricActivityInstanceEventEntity activity) {
    CommandContext commandContext = Context.getCommandContext();
    return commandContext.runWithoutAuthorization(() -> commandContext.getProcessEngineConfiguration()
        .getHistoryService().createHistoricActivityInstanceQuery()
        .activityInstanceId(activity.getActivityInstanceId()).list().stream()
        .map(HistoricActivityInstance::getActivityId).findFirst());
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }
}
