package org.sopflow.renewal;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs work as the engine itself, with no user's authorization: who may draft, approve or move a
 * version is this module's rule (camunda-admin, or the renewal SOP's lane roles), not a Camunda grant
 * on deployments or on the renewal's own cases.
 */
final class AsEngine {

  private AsEngine() {
  }

  static <T> T call(IdentityService identity, Supplier<T> work) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
