package org.sopflow.catalog;

import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.sopflow.model.SopDefinition;

/** A deployed version of an SOP: Camunda's process definition and the SOP model read from it. */
public record DeployedSop(ProcessDefinition definition, SopDefinition sop) {

  /**
   * The SOP's state as the office reads it: {@code berlaku}, an approved version (pembaruan SOP gives
   * it the version tag {@code rev-N}); {@code belum disahkan}, deployed as modelled (the demo);
   * {@code dicabut}, withdrawn (suspended).
   */
  public String status() {
    if (definition.isSuspended()) {
      return "dicabut";
    }
    return definition.getVersionTag() != null && definition.getVersionTag().matches("rev-\\d+") ? "berlaku"
        : "belum disahkan";
  }
}
