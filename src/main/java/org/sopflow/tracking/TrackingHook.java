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
 * Gives every instance of a public SOP (one a Standar Pelayanan file names, or marked
 * {@code sop.layanan-publik=true}) its tracking code at its start, in the start's transaction, and
 * shows it to the officers on each task of the instance (the task's description: Tasklist's
 * Deskripsi tab), with where to print the receipt.
 */
final class TrackingHook implements SopEngineHook {

  /** The process variable that holds the code, for forms and the REST API. */
  static final String VARIABLE = "kodeLacak";
  private static final int ATTEMPTS = 5;

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
    process.onProcess(ExecutionListener.EVENTNAME_START, execution -> {
      String code = unusedCode();
      transaction.updateAtFlush("INSERT INTO sop_tracking (code, process_instance_id, process_definition_key, created_at)"
          + " VALUES (?, ?, ?, ?)", code, execution.getProcessInstanceId(), sop.key(), clock.instant());
      execution.setVariable(VARIABLE, code);
    });
    for (SopStep step : sop.steps()) {
      process.onUserTask(step.activityId(), TaskListener.EVENTNAME_CREATE, task -> {
        Object code = task.getVariable(VARIABLE);
        if (code != null && (task.getDescription() == null || task.getDescription().isBlank())) {
          task.setDescription("Kode lacak " + code + ". Tanda bukti untuk pemohon: /api/layanan/"
              + task.getProcessInstanceId() + "/tanda-bukti.pdf");
        }
      });
    }
  }

  boolean isPublic(SopDefinition sop) {
    return sop.layananPublik() || !standards.carriedOutBy(sop.key()).isEmpty();
  }

  /** A fresh code; a clash (about one in 10^15 per pair of codes) draws again. */
  private String unusedCode() {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      String code = TrackingCode.next();
      if (transaction.query("SELECT 1 FROM sop_tracking WHERE code = ?", row -> 1, code).isEmpty()) {
        return code;
      }
    }
    throw new IllegalStateException("No unused tracking code after " + ATTEMPTS + " draws");
  }
}
