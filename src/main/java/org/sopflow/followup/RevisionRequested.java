package org.sopflow.followup;

/**
 * A follow-up's action is to revise its SOP: the renewal module starts the SOP's renewal, with the
 * finding as its reason, and links the two both ways ({@link FollowUps#linkRenewal}). Published in
 * the transaction of the planning step that decided it; acted on once that has committed.
 */
public record RevisionRequested(String followUpId, String sopKey, String reason, String user) {
}
