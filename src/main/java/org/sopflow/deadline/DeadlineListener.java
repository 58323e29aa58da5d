package org.sopflow.deadline;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sopflow.model.SopDefinition;

/**
 * Told by the overdue detector, inside the engine command that records it, that an SOP task passed
 * its standard deadline (escalation level 1 when its lane role has a supervisor, else 0) or climbed
 * one more supervisor level. What a listener writes commits or rolls back with that command.
 */
public interface DeadlineListener {

  /**
   * @param deadline the task's standard deadline
   * @param escalatedRole the supervisor role the task was offered to now, or null
   */
  void overdue(DelegateTask task, SopDefinition sop, Instant deadline, String escalatedRole, int level);
}
