package org.sopflow.renewal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

  private static final Logger LOG = LoggerFactory.getLogger(FollowUpRevisions.class);

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
    try {
      SopVersion draft = versions.startRenewal(request.sopKey(), request.reason(),
          request.user() == null ? "sistem" : request.user());
      versions.linkFollowUp(draft.id(), request.followUpId());
      cases.start(draft);
      followUps.linkRenewal(request.followUpId(), draft.id());
    } catch (RuntimeException e) { // the step is done; the follow-up shows no renewal, the log says why
      LOG.warn("Follow-up {}: the renewal of SOP '{}' could not start: {}", request.followUpId(), request.sopKey(),
          e.getMessage());
    }
  }
}
