package org.sopflow.deviation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.engine.SopModels;
import org.sopflow.engine.TaskFacts;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopStep;

/**
 * STEP_SKIPPED and INSTANCE_CANCELLED: the flow of an SOP may only be left by its own paths.
 * Process instance modification or migration that cancels a step, or starts one whose mandatory
 * predecessors never ran, skips steps; deleting an instance before an end event refuses service.
 */
class ProcedureRules {

  /** Engine commands that move an instance outside its modelled flow. */
  private static final Set<String> OUT_OF_FLOW_COMMANDS = Set.of("ModifyProcessInstanceCmd",
      "ProcessInstanceModificationCmd", "ModifyMultipleProcessInstancesCmd", "MigrateProcessInstanceCmd",
      "RestartProcessInstancesCmd");

  private final MaladministrationLog log;
  private final EngineTransaction transaction;

  ProcedureRules(MaladministrationLog log, EngineTransaction transaction) {
    this.log = log;
    this.transaction = transaction;
  }

  /** A task deleted by modification or migration was cancelled before completion. */
  TaskListener onTaskDeleted() {
    return task -> {
      if (outOfFlow() && !log.alreadyRecorded(Rule.STEP_SKIPPED, task.getProcessInstanceId(),
          task.getTaskDefinitionKey())) {
        log.record(Deviation.of(Rule.STEP_SKIPPED, task, transaction.currentUser(), null, null,
            "Langkah dibatalkan sebelum selesai melalui " + commandName()));
      }
    };
  }

  /** A step started by modification: every mandatory predecessor that never ran was skipped. */
  ExecutionListener onStepStarted(SopStep started) {
    return execution -> {
      if (outOfFlow()) {
        recordSkippedPredecessors(execution, started.activityId(), predecessor -> true);
      }
    };
  }

  /**
   * An instance migrated onto a step: the same check against the target version of the SOP, for
   * the steps the version it came from had too (a step a renewal added before it was never due).
   */
  void onStepMigrated(DelegateExecution execution, String previousDefinitionId, String activityId) {
    Optional<SopDefinition> previous = previousDefinitionId == null ? Optional.empty()
        : transaction.sop(previousDefinitionId);
    recordSkippedPredecessors(execution, activityId,
        predecessor -> previous.map(sop -> sop.step(predecessor).isPresent()).orElse(true));
  }

  /** Migration mapped an unfinished step onto another one: the step was left before completion. */
  void onStepMovedAway(DelegateExecution execution, String previousActivityId, String activityId) {
    SopDefinition sop = SopModels.of(execution).orElseThrow();
    SopStep step = sop.step(previousActivityId).orElse(SopStep.unknown(previousActivityId));
    if (!log.alreadyRecorded(Rule.STEP_SKIPPED, execution.getProcessInstanceId(), previousActivityId)) {
      log.record(Deviation.of(Rule.STEP_SKIPPED, execution, step, transaction.currentUser(), null, null,
          "Langkah dipindahkan ke '" + activityId + "' sebelum selesai melalui " + commandName()));
    }
  }

  private void recordSkippedPredecessors(DelegateExecution execution, String activityId,
                                         Predicate<String> couldHaveRun) {
    SopDefinition sop = SopModels.of(execution).orElseThrow();
    SopStep started = sop.step(activityId).orElse(null);
    if (started == null) {
      return;
    }
    for (String predecessor : sop.mandatoryPredecessors(activityId)) {
      if (couldHaveRun.test(predecessor) && neverRan(execution, predecessor)
          && !log.alreadyRecorded(Rule.STEP_SKIPPED, execution.getProcessInstanceId(), predecessor)) {
        log.record(Deviation.of(Rule.STEP_SKIPPED, execution, sop.step(predecessor).orElseThrow(),
            transaction.currentUser(), null, null, "Langkah dilewati: instance dilanjutkan pada '" + started.name()
                + "' (" + started.activityId() + ") melalui " + commandName()));
      }
    }
  }

  /** The instance ended without reaching an end event. */
  ExecutionListener onInstanceEnded() {
    return execution -> {
      if (execution.isCanceled()) {
        String reason = TaskFacts.deleteReason(execution);
        log.record(Deviation.of(Rule.INSTANCE_CANCELLED, execution, null, transaction.currentUser(), null, null,
            "Instance dihentikan sebelum mencapai akhir SOP" + (reason == null ? "" : "; alasan: " + reason)));
      }
    };
  }

  private boolean neverRan(DelegateExecution execution, String activityId) {
    List<HistoricActivityInstance> runs = transaction.withoutAuthorization(() -> transaction.historyService()
        .createHistoricActivityInstanceQuery().processInstanceId(execution.getProcessInstanceId())
        .activityId(activityId).list());
    return runs.stream().allMatch(HistoricActivityInstance::isCanceled);
  }

  private boolean outOfFlow() {
    return OUT_OF_FLOW_COMMANDS.contains(commandName());
  }

  private String commandName() {
    return transaction.commandName();
  }
}
