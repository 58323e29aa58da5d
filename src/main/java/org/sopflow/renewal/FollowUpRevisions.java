package org.sopflow.renewal;

import org.sopflow.followup.FollowUps;
import org.sopflow.followup.RevisionRequested;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A follow-up whose action is to revise its SOP starts that SOP's renewal (or joins the one under
 * way), and the two name each other. After the planning step has committed, outside its transaction:
 * drafting checks the draft by deploying it in a transaction of its own and rolling that back.
 */
@Component
class FollowUpRevisions {

  private final SopVersions versions;
  private final RenewalCases cases;
  private final FollowUps followUps;

  FollowUpRevisions(SopVersions versions, RenewalCases cases, FollowUps followUps) {
    this.versions = versions;
    this.cases = cases;
    this.followUps = followUps;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  void revise(RevisionRequested request) {
    SopVersion draft = versions.startRenewal(request.sopKey(), request.reason(),
        request.user() == null ? "sistem" : request.user());
    versions.linkFollowUp(draft.id(), request.followUpId());
    cases.start(draft);
    followUps.linkRenewal(request.followUpId(), draft.id());
  }
}
