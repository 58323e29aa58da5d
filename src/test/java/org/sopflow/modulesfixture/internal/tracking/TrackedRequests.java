package org.sopflow.modulesfixture.internal.tracking;

import org.sopflow.modulesfixture.internal.engine.EngineTransaction;
import org.sopflow.modulesfixture.internal.engine.internal.PendingWrites;

/** Allowed to use the engine, but reaches into its internal sub-package. */
public final class TrackedRequests {

  private TrackedRequests() {
  }

  public static boolean settled() {
    return EngineTransaction.clean() && PendingWrites.pending() == 0;
  }
}
