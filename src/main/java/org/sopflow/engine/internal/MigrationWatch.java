package org.sopflow.engine.internal;

import java.util.List;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.engine.SopEngineHook;

/**
 * Migration moves instances without running any listener, but Camunda writes a "migrate" history
 * event for every moved activity instance inside the migration's transaction; this handler sees it
 * and tells the hooks.
 */
public class MigrationWatch implements HistoryEventHandler {

  private final List<SopEngineHook> hooks;
  private final EngineTransaction transaction = new EngineTransaction();

  public MigrationWatch(List<SopEngineHook> hooks) {
    this.hooks = hooks;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricActivityInstanceEventEntity activity
        && HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE.getEventName().equals(activity.getEventType())) {
      ExecutionEntity execution = Context.getCommandContext().getExecutionManager()
          .findExecutionById(activity.getExecutionId());
      if (execution != null && ParsedSops.of(execution.getProcessDefinition()).isPresent()) {
        HistoricActivityInstance previous = previous(activity);
        String previousActivity = previous == null ? activity.getActivityId() : previous.getActivityId();
        String previousDefinition = previous == null ? null : previous.getProcessDefinitionId();
        hooks.forEach(hook -> hook.migrated(execution, previousDefinition, previousActivity, activity.getActivityId()));
      }
    }
  }

  /** The database still holds the activity instance as it was before this migration's flush. */
  private HistoricActivityInstance previous(HistoricActivityInstanceEventEntity activity) {
    return transaction.withoutAuthorization(() -> transaction.historyService()
        .createHistoricActivityInstanceQuery().activityInstanceId(activity.getActivityInstanceId()).list().stream()
        .findFirst().orElse(null));
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }
}
