package org.sopflow.deadline;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.deviation.MaladministrationLog;
import org.sopflow.engine.ParsedSop;
import org.sopflow.engine.SopEngineHook;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopStep;

/** Gives every SOP task its standard deadline and every SOP instance its service deadline. */
public final class DeadlineHook implements SopEngineHook {

  private final StandardDeadlines standardDeadlines;
  private final ServiceDeadlines serviceDeadlines;

  public DeadlineHook(WorkingCalendar calendar, MaladministrationLog log) {
    this.standardDeadlines = new StandardDeadlines(calendar, log);
    this.serviceDeadlines = new ServiceDeadlines(calendar, log);
  }

  @Override
  public Stage stage() {
    return Stage.DEADLINE;
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
      if (step.waktu() != null) {
        process.onUserTask(step.activityId(), TaskListener.EVENTNAME_CREATE, standardDeadlines.onCreate(sop, step));
        process.onUserTask(step.activityId(), TaskListener.EVENTNAME_UPDATE, standardDeadlines.onUpdate());
        process.onUserTask(step.activityId(), TaskListener.EVENTNAME_COMPLETE, standardDeadlines.onComplete(sop));
        process.onUserTask(step.activityId(), TaskListener.EVENTNAME_DELETE, standardDeadlines.onDelete());
      }
    }
  }
}
