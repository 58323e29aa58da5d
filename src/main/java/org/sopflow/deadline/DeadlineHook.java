package org.sopflow.deadline;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.deviation.MaladministrationLog;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.engine.ParsedSop;
import org.sopflow.engine.SopEngineHook;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopStep;

/**
 * Gives every SOP task its standard deadline and every SOP instance its service deadline, which
 * stops while the office waits for the applicant.
 */
public final class DeadlineHook implements SopEngineHook {

  private final StandardDeadlines standardDeadlines;
  private final ServiceDeadlines serviceDeadlines;
  private final ApplicantWaits applicantWaits;

  public DeadlineHook(WorkingCalendar calendar, MaladministrationLog log, EngineTransaction transaction, Clock clock) {
    this.standardDeadlines = new StandardDeadlines(calendar, log, transaction, clock);
    this.serviceDeadlines = new ServiceDeadlines(calendar, log, transaction, clock);
    this.applicantWaits = new ApplicantWaits(calendar, transaction, clock);
  }

  @Override
  public Stage stage() {
    return Stage.DEADLINE;
  }

  /** A renewed SOP's running case moved onto the new version: its open step's deadline follows the new standard. */
  @Override
  public void migrated(DelegateExecution execution, String previousDefinitionId, String previousActivityId,
                       String activityId) {
    standardDeadlines.onMigrated(execution, activityId);
  }

  /**
   * Deadlines not yet passed follow a change of the office's holidays; within an engine command.
   *
   * @param before the calendar before the change
   * @return how many task and service deadlines moved
   */
  int recomputeOpen(WorkingCalendar before) {
    return standardDeadlines.recomputeOpen() + serviceDeadlines.recomputeOpen(before);
  }

  /** Another node changed the holidays: what this node cached of deadlines is read again. */
  void forgetRecent() {
    standardDeadlines.forgetRecent();
    serviceDeadlines.forgetRecent();
  }

  @Override
  public void parsed(ParsedSop process) {
    SopDefinition sop = process.sop();
    process.onProcess(ExecutionListener.EVENTNAME_START, serviceDeadlines.onStart(sop));
    process.onProcess(ExecutionListener.EVENTNAME_END, serviceDeadlines.onEnd(sop));
    for (SopStep step : sop.steps()) {
      if (step.perpanjanganLayanan() != null && sop.serviceTime() != null) {
        process.onActivity(step.activityId(), ExecutionListener.EVENTNAME_END,
            serviceDeadlines.onExtendingStepEnded(sop, step));
      }
      if (step.waktuLayanan() != null) {
        process.onActivity(step.activityId(), ExecutionListener.EVENTNAME_START,
            serviceDeadlines.onServiceStandardStep(sop, step));
      }
      if (step.menungguPemohon()) {
        process.onActivity(step.activityId(), ExecutionListener.EVENTNAME_START, applicantWaits.onStart(sop));
        process.onActivity(step.activityId(), ExecutionListener.EVENTNAME_END, applicantWaits.onEnd(sop));
      }
      if (step.tenggatDari() != null && !step.menungguPemohon()) {
        // either reads the date once and refuses the step without it; with a service standard it also moves it
        process.onActivity(step.activityId(), ExecutionListener.EVENTNAME_START, sop.serviceTime() != null
            ? serviceDeadlines.onDatedStep(sop, step) : standardDeadlines.requireDate(step));
      }
      if (step.hasStandardDeadline()) {
        process.onUserTask(step.activityId(), TaskListener.EVENTNAME_CREATE, standardDeadlines.onCreate(sop, step));
        process.onUserTask(step.activityId(), TaskListener.EVENTNAME_UPDATE, standardDeadlines.onUpdate());
        process.onUserTask(step.activityId(), TaskListener.EVENTNAME_COMPLETE, standardDeadlines.onComplete(sop, step));
        process.onUserTask(step.activityId(), TaskListener.EVENTNAME_DELETE, standardDeadlines.onDelete());
      }
    }
  }
}
