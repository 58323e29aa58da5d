package org.sopflow.deadline;

import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.engine.EngineCommands;

/**
 * The deadlines not yet passed, after the office changed its holidays: task deadlines follow their
 * step's standard on the calendar now, service deadlines keep their working time.
 */
public final class OpenDeadlines {

  private final DeadlineHook hook;
  private final EngineCommands commands;

  OpenDeadlines(DeadlineHook hook, EngineCommands commands) {
    this.hook = hook;
    this.commands = commands;
  }

  /**
   * Moves them in one engine transaction, so the task's due date and the stored deadline change together.
   *
   * @param before the calendar before the change
   * @return how many task and service deadlines moved
   */
  public int recompute(WorkingCalendar before) {
    return commands.run(() -> hook.recomputeOpen(before));
  }

  /** The change was made on another node: this one forgets the deadlines it cached. */
  public void forgetCached() {
    hook.forgetRecent();
  }
}
