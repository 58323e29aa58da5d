package org.sopflow.engine;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sopflow.model.SopDefinition;
import org.springframework.modulith.NamedInterface;

/**
 * One SOP being parsed by the engine. Listeners added here are Camunda built-in listeners: they run
 * even when a caller asks Camunda to skip custom listeners (as process instance modification allows).
 */
@NamedInterface("hooks")
public interface ParsedSop {

  SopDefinition sop();

  /** The tenant (OPD) the SOP is deployed to, or null for a deployment without one. */
  String tenantId();

  /** A listener on the process instance ({@code start}, {@code end}). */
  void onProcess(String event, ExecutionListener listener);

  /** A listener on one activity; nothing when the process has no such activity. */
  void onActivity(String activityId, String event, ExecutionListener listener);

  /** A task listener on one user task; nothing when the activity is not a user task. */
  void onUserTask(String activityId, String event, TaskListener listener);

  /** Offers a user task to a group, unless the modeller assigned it (assignee, candidate users or groups). */
  void offerUnlessAssigned(String activityId, String groupId);

  /** The model's own {@code camunda:historyTimeToLive} in days, or null when it sets none. */
  Integer modelledHistoryTimeToLive();

  /** How many days Camunda keeps a finished case's history before its clean-up removes it. */
  void historyTimeToLive(int days);

  /** Refuses the model with a message naming what is wrong; Camunda adds the file name. */
  void refuse(String message);
}
