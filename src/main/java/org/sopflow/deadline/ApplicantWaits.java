package org.sopflow.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.engine.TaskFacts;
import org.sopflow.model.SopDefinition;

/**
 * The steps where the office waits for the applicant ({@code sop.menunggu-pemohon}): the service
 * clock stops while one is open (the detector leaves the instance alone) and, when the last open
 * one ends, the service deadline moves by the working time waited, on the SOP's calendar. Each wait
 * is kept with its working time, so timing can show it apart.
 */
class ApplicantWaits {

  /** The city's calendar; each case counts on its OPD's. */
  private final WorkingCalendar city;
  private final EngineTransaction transaction;
  private final Clock clock;

  ApplicantWaits(WorkingCalendar calendar, EngineTransaction transaction, Clock clock) {
    this.city = calendar;
    this.transaction = transaction;
    this.clock = clock;
  }

  ExecutionListener onStart(SopDefinition sop) {
    return execution -> {
      Instant now = clock.instant();
      transaction.updateAtFlush("INSERT INTO sop_applicant_wait (activity_instance_id, process_instance_id,"
              + " process_definition_key, process_definition_version, activity_id, started_at) VALUES (?, ?, ?, ?, ?, ?)",
          execution.getActivityInstanceId(), execution.getProcessInstanceId(), sop.key(),
          TaskFacts.definition(execution).getVersion(), execution.getCurrentActivityId(), now);
      transaction.updateAtFlush("UPDATE sop_instance_deadline SET waiting_since = ? WHERE process_instance_id = ?"
          + " AND waiting_since IS NULL", now, execution.getProcessInstanceId());
    };
  }

  ExecutionListener onEnd(SopDefinition sop) {
    return execution -> {
      Instant now = clock.instant();
      String id = execution.getActivityInstanceId();
      Instant started = transaction.query("SELECT started_at FROM sop_applicant_wait WHERE activity_instance_id = ?",
          row -> EngineTransaction.instant(row, "started_at"), id).stream().findFirst().orElse(now);
      transaction.updateAtFlush("UPDATE sop_applicant_wait SET ended_at = ?, working_seconds = ?"
          + " WHERE activity_instance_id = ?", now,
          city.of(execution.getTenantId()).workingSecondsBetween(started, now, sop.calendar()), id);
      if (!otherWaitOpen(execution, id)) {
        resume(sop, execution, now);
      }
    };
  }

  /** The last wait ended: the service deadline moves by the working time since the first one began. */
  private void resume(SopDefinition sop, DelegateExecution execution, Instant now) {
    List<Paused> paused = transaction.query("SELECT waiting_since, service_deadline FROM sop_instance_deadline"
        + " WHERE process_instance_id = ? AND waiting_since IS NOT NULL", row -> new Paused(
        EngineTransaction.instant(row, "waiting_since"), EngineTransaction.instant(row, "service_deadline")),
        execution.getProcessInstanceId());
    if (paused.isEmpty()) { // the wait began in this transaction: nothing has passed
      transaction.updateAtFlush("UPDATE sop_instance_deadline SET waiting_since = NULL WHERE process_instance_id = ?",
          execution.getProcessInstanceId());
      return;
    }
    WorkingCalendar calendar = city.of(execution.getTenantId());
    long waited = calendar.workingSecondsBetween(paused.get(0).since(), now, sop.calendar());
    transaction.updateAtFlush("UPDATE sop_instance_deadline SET waiting_since = NULL, service_deadline = ?,"
        + " waiting_seconds = waiting_seconds + ? WHERE process_instance_id = ?",
        moved(calendar, paused.get(0).deadline(), waited, sop), waited, execution.getProcessInstanceId());
  }

  /** A deadline moved by working seconds on the SOP's calendar; null stays null. */
  static Instant moved(WorkingCalendar calendar, Instant deadline, long workingSeconds, SopDefinition sop) {
    return deadline == null ? null : calendar.plusWorkingTime(deadline, workingSeconds, sop.calendar());
  }

  private boolean otherWaitOpen(DelegateExecution execution, String activityInstanceId) {
    return !transaction.query("SELECT activity_instance_id FROM sop_applicant_wait WHERE process_instance_id = ?"
            + " AND ended_at IS NULL AND activity_instance_id <> ?", row -> row.getString(1),
        execution.getProcessInstanceId(), activityInstanceId).isEmpty();
  }

  private record Paused(Instant since, Instant deadline) {
  }
}
