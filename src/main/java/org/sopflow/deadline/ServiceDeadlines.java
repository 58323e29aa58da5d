package org.sopflow.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.sopflow.calendar.CalendarKind;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.deviation.Deviation;
import org.sopflow.deviation.MaladministrationLog;
import org.sopflow.deviation.Rule;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.engine.TaskFacts;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopStep;

/**
 * The service deadline of each SOP instance ({@code sop.waktu-layanan} from its start), extended
 * once by the first completed step that carries {@code sop.perpanjangan-layanan} and moved by the
 * time waited for the applicant ({@link ApplicantWaits}), never due before the day of an event
 * the request names; and, for every SOP instance, the office's
 * working time to the end (not when cancelled), for the timing figures.
 */
class ServiceDeadlines {

  /** The city's calendar; each case counts on its OPD's ({@link WorkingCalendar#of}). */
  private final WorkingCalendar city;
  private final MaladministrationLog log;
  private final RecentRows<ServiceRow> recent = new RecentRows<>(20_000);

  private final EngineTransaction transaction;
  private final Clock clock;

  ServiceDeadlines(WorkingCalendar calendar, MaladministrationLog log, EngineTransaction transaction, Clock clock) {
    this.city = calendar;
    this.log = log;
    this.transaction = transaction;
    this.clock = clock;
  }

  ExecutionListener onStart(SopDefinition sop) {
    return execution -> {
      WorkingCalendar calendar = city.of(execution.getTenantId());
      Instant started = clock.instant();
      boolean hasStandard = sop.serviceTime() != null;
      Instant deadline = hasStandard ? calendar.plus(started, sop.serviceTime(), sop.calendar()) : null;
      transaction.updateAtFlush("INSERT INTO sop_instance_deadline (process_instance_id, process_definition_id,"
              + " process_definition_key, process_definition_version, started_at, service_deadline, standard_seconds)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)", execution.getProcessInstanceId(), execution.getProcessDefinitionId(),
          sop.key(), TaskFacts.definition(execution).getVersion(), started,
          deadline, hasStandard ? calendar.seconds(sop.serviceTime(), sop.calendar()) : null);
      if (!extensible(sop)) {
        recent.put(execution.getProcessInstanceId(), new ServiceRow(started, deadline, null, 0));
      }
    };
  }

  /** The UU 14/2008 extension: once per instance, from the deadline then in force. */
  ExecutionListener onExtendingStepEnded(SopDefinition sop, SopStep step) {
    return execution -> {
      if (execution.isCanceled()) {
        return;
      }
      WorkingCalendar calendar = city.of(execution.getTenantId());
      serviceOf(execution).map(ServiceRow::deadline).ifPresent(deadline -> transaction.updateAtFlush(
          "UPDATE sop_instance_deadline SET service_deadline = ?, extended_by = ? WHERE process_instance_id = ?"
              + " AND extended_by IS NULL", calendar.plus(deadline, step.perpanjanganLayanan(), sop.calendar()),
          step.activityId(), execution.getProcessInstanceId()));
    };
  }

  /**
   * A step that begins the path of one kind of request ({@code sop.waktu-layanan} on the step):
   * the service deadline becomes that standard from the instance's start, moved by the time
   * already waited for the applicant.
   */
  ExecutionListener onServiceStandardStep(SopDefinition sop, SopStep step) {
    return execution -> {
      WorkingCalendar calendar = city.of(execution.getTenantId());
      serviceOf(execution).ifPresent(service -> transaction.updateAtFlush(
          "UPDATE sop_instance_deadline SET service_deadline = ?, standard_seconds = ? WHERE process_instance_id = ?",
          ApplicantWaits.moved(calendar, calendar.plus(service.startedAt(), step.waktuLayanan(), sop.calendar()),
              service.waitingSeconds(), sop),
          calendar.seconds(step.waktuLayanan(), sop.calendar()), execution.getProcessInstanceId()));
    };
  }

  /**
   * A step due by a date of the request (an event's day): the service is not due before that day
   * plus the time the SOP gives after it, since the days until the event are the applicant's choice.
   */
  ExecutionListener onDatedStep(SopDefinition sop, SopStep step) {
    return execution -> {
      WorkingCalendar calendar = city.of(execution.getTenantId());
      Instant day = RequestDate.of(step, execution, calendar);
      Instant notBefore = sop.timeAfterDate(step.tenggatDari()).map(after -> calendar.plus(day, after, sop.calendar()))
          .orElse(day);
      transaction.updateAtFlush("UPDATE sop_instance_deadline SET service_deadline = ? WHERE process_instance_id = ?"
          + " AND service_deadline < ?", notBefore, execution.getProcessInstanceId(), notBefore);
    };
  }

  ExecutionListener onEnd(SopDefinition sop) {
    return execution -> recent.take(execution.getProcessInstanceId()).or(() -> serviceOf(execution))
        .ifPresent(service -> ended(sop, execution, service));
  }

  /** The office's working time is the time since the start less the applicant's, which also moves the deadline. */
  private void ended(SopDefinition sop, DelegateExecution execution, ServiceRow service) {
    WorkingCalendar calendar = city.of(execution.getTenantId());
    Instant now = clock.instant();
    long stillWaiting = service.waitingSince() == null ? 0
        : calendar.workingSecondsBetween(service.waitingSince(), now, sop.calendar());
    long waited = service.waitingSeconds() + stillWaiting;
    Long worked = execution.isCanceled() ? null
        : Math.max(0, calendar.workingSecondsBetween(service.startedAt(), now, sop.calendar()) - waited);
    transaction.updateAtFlush("UPDATE sop_instance_deadline SET ended_at = ?, working_seconds = ?, waiting_seconds = ?,"
        + " waiting_since = NULL WHERE process_instance_id = ?", now, worked, waited, execution.getProcessInstanceId());
    Instant deadline = ApplicantWaits.moved(calendar, service.deadline(), stillWaiting, sop);
    if (!execution.isCanceled() && deadline != null && now.isAfter(deadline)
        && claimOverdue(execution.getProcessInstanceId(), now)) {
      log.record(Deviation.of(Rule.SERVICE_OVERDUE, execution, null, null, deadline,
          Duration.between(deadline, now).toSeconds(), "Layanan selesai setelah batas waktu layanan")
          .withOccurredAt(deadline));
    }
  }

  void forgetRecent() {
    recent.clear();
  }

  /**
   * The office changed its holidays: each open instance's service deadline not yet passed keeps the
   * working time it had from the start on the calendar before, counted on the calendar now (which
   * keeps any extension or wait already in it).
   *
   * @return how many service deadlines moved
   */
  int recomputeOpen(WorkingCalendar before) {
    List<OpenService> open = transaction.query("SELECT process_instance_id, process_definition_id, started_at,"
        + " service_deadline FROM sop_instance_deadline WHERE ended_at IS NULL AND overdue_recorded_at IS NULL"
        + " AND service_deadline > ?", row -> new OpenService(row.getString("process_instance_id"),
        row.getString("process_definition_id"), EngineTransaction.instant(row, "started_at"),
        EngineTransaction.instant(row, "service_deadline")), clock.instant());
    forgetRecent();
    int moved = 0;
    for (OpenService row : open) {
      CalendarKind kind = transaction.sop(row.definitionId()).map(SopDefinition::calendar).orElse(CalendarKind.HARI_KERJA);
      String opd = transaction.processDefinition(row.definitionId()).getTenantId();
      WorkingCalendar calendar = city.of(opd);
      long had = before.of(opd).workingSecondsBetween(row.startedAt(), row.deadline(), kind);
      // a change outside the case's time moves nothing (days of unequal length would shift the hour)
      if (had != calendar.workingSecondsBetween(row.startedAt(), row.deadline(), kind)) {
        Instant deadline = calendar.plusWorkingTime(row.startedAt(), had, kind);
        transaction.update("UPDATE sop_instance_deadline SET service_deadline = ? WHERE process_instance_id = ?",
            deadline, row.instanceId());
        moved++;
      }
    }
    return moved;
  }

  private record OpenService(String instanceId, String definitionId, Instant startedAt, Instant deadline) {
  }

  /** An extension, a wait or the standard of a kind of request moves the deadline, possibly on another node: such rows are always read back. */
  private static boolean extensible(SopDefinition sop) {
    return sop.steps().stream().anyMatch(step -> step.perpanjanganLayanan() != null || step.menungguPemohon()
        || step.waktuLayanan() != null || step.tenggatDari() != null);
  }

  /** Marks the instance's SERVICE_OVERDUE as recorded; true for exactly one caller across all nodes. */
  private boolean claimOverdue(String processInstanceId, Instant now) {
    return transaction.update("UPDATE sop_instance_deadline SET overdue_recorded_at = ? WHERE process_instance_id = ?"
        + " AND overdue_recorded_at IS NULL", now, processInstanceId) == 1;
  }

  private java.util.Optional<ServiceRow> serviceOf(DelegateExecution execution) {
    List<ServiceRow> rows = transaction.query("SELECT started_at, service_deadline, waiting_since, waiting_seconds"
        + " FROM sop_instance_deadline WHERE process_instance_id = ?", row -> new ServiceRow(
        EngineTransaction.instant(row, "started_at"), EngineTransaction.instant(row, "service_deadline"),
        EngineTransaction.instant(row, "waiting_since"), row.getLong("waiting_seconds")), execution.getProcessInstanceId());
    return rows.stream().findFirst();
  }

  /**
   * @param deadline null when the SOP has no {@code sop.waktu-layanan}
   * @param waitingSince the start of the wait for the applicant in progress, or null
   * @param waitingSeconds the working time waited for the applicant in the waits that ended
   */
  private record ServiceRow(Instant startedAt, Instant deadline, Instant waitingSince, long waitingSeconds) {
  }
}
