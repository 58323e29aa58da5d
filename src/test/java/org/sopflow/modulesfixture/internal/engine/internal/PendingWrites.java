package org.sopflow.modulesfixture.internal.engine.internal;

/** Public, but in the engine's internal sub-package: no other module may use it. */
public final class PendingWrites {

  private PendingWrites() {
  }

  public static int pending() {
    return 0;
  }
}
