package org.sopflow.modulesfixture.internal.engine;

import org.sopflow.modulesfixture.internal.engine.internal.PendingWrites;

/** The engine's API, which may use its own internals. */
public final class EngineTransaction {

  private EngineTransaction() {
  }

  public static boolean clean() {
    return PendingWrites.pending() == 0;
  }
}
