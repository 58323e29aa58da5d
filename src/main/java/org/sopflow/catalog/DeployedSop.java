package org.sopflow.catalog;

import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.sopflow.model.SopDefinition;

/** A deployed version of an SOP: Camunda's process definition and the SOP model read from it. */
public record DeployedSop(ProcessDefinition definition, SopDefinition sop) {

  private static final String APPROVED_TAG_PREFIX = "rev-";

  /**
   * The SOP's state as the office reads it: {@code berlaku}, an approved version (pembaruan SOP gives
   * it the version tag {@code rev-N}); {@code belum disahkan}, deployed as modelled (the demo);
   * {@code dicabut}, withdrawn (suspended).
   */
  public String status() {
    if (definition.isSuspended()) {
      return "dicabut";
    }
    return definition.getVersionTag() != null && definition.getVersionTag().matches(APPROVED_TAG_PREFIX + "\\d+")
        ? "berlaku" : "belum disahkan";
  }

  /** The version tag of an approved version: {@code rev-0} for the first edition, then {@code rev-1}, ... */
  public static String approvedTag(int revision) {
    return APPROVED_TAG_PREFIX + revision;
  }
}
