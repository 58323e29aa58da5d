package org.sopflow.tracking;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.engine.ParsedSop;
import org.sopflow.engine.SopEngineHook;
import org.sopflow.model.ServiceStandards;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopStep;

/**
 * Registers every instance of a public SOP (one a Standar Pelayanan file names, or marked
 * {@code sop.layanan-publik=true}) for tracking at its start, in the start's transaction, and tells
 * the officers on each of its tasks (the task's description: Tasklist's Deskripsi tab) where to print
 * the receipt. The tracking code is issued by printing the receipt and exists only on it: no
 * variable, description or table holds it (the table holds its SHA-256).
 */
final class TrackingHook implements SopEngineHook {

  private final ServiceStandards standards;
  private final EngineTransaction transaction;
  private final Clock clock;

  TrackingHook(ServiceStandards standards, EngineTransaction transaction, Clock clock) {
    this.transaction = transaction;
    this.clock = clock;
    this.standards = standards;
  }

  @Override
  public Stage stage() {
    return Stage.TRACKING;
  }

  @Override
  public void parsed(ParsedSop process) {
    SopDefinition sop = process.sop();
    if (!isPublic(sop)) {
      return;
    }
    process.onProcess(ExecutionListener.EVENTNAME_START, execution ->
        transaction.updateAtFlush("INSERT INTO sop_tracking (process_instance_id, process_definition_key, created_at)"
            + " VALUES (?, ?, ?)", execution.getProcessInstanceId(), sop.key(), clock.instant()));
    for (SopStep step : sop.steps()) {
      process.onUserTask(step.activityId(), TaskListener.EVENTNAME_CREATE, task -> {
        if (task.getDescription() == null || task.getDescription().isBlank()) {
          task.setDescription("Tanda bukti (dengan kode lacak) untuk pemohon: /api/layanan/"
              + task.getProcessInstanceId() + "/tanda-bukti.pdf. Mencetak ulang menerbitkan kode baru;"
              + " kode yang lama tidak berlaku lagi.");
        }
      });
    }
  }

  boolean isPublic(SopDefinition sop) {
    return sop.layananPublik() || !standards.carriedOutBy(sop.key()).isEmpty();
  }
}
