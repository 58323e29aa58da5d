package org.sopflow.deviation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.engine.TaskFacts;

/**
 * COMPLETED_OUTSIDE_LANE and REASSIGNED_OUTSIDE_LANE: a task must be worked by the role it is
 * offered to (its lane, or a supervisor it was escalated to). Tasks the modeller assigned to a
 * fixed person, without candidates, are left to the model.
 */
class LaneRules {

  private final MaladministrationLog log;
  private final EngineTransaction transaction;

  LaneRules(MaladministrationLog log, EngineTransaction transaction) {
    this.log = log;
    this.transaction = transaction;
  }

  TaskListener onAssignment() {
    return task -> {
      String assignee = task.getAssignee();
      if (assignee != null && hasCandidates(task) && !transaction.isCandidate(task, assignee)) {
        log.record(Deviation.of(Rule.REASSIGNED_OUTSIDE_LANE, task, transaction.currentUser(), null, null,
            "Tugas diserahkan kepada '" + assignee + "', yang bukan anggota peran " + roles(task)));
      }
    };
  }

  TaskListener onComplete() {
    return task -> {
      String user = transaction.currentUser();
      if (user != null && hasCandidates(task) && !transaction.isCandidate(task, user)) {
        log.record(Deviation.of(Rule.COMPLETED_OUTSIDE_LANE, task, user, null, null,
            "Tugas diselesaikan oleh '" + user + "', yang bukan anggota peran " + roles(task)));
      }
    };
  }

  private static boolean hasCandidates(DelegateTask task) {
    return !TaskFacts.candidates(task).isEmpty();
  }

  private static String roles(DelegateTask task) {
    return TaskFacts.candidates(task).stream()
        .map(link -> link.getGroupId() != null ? link.getGroupId() : "pengguna " + link.getUserId())
        .toList().toString();
  }
}
