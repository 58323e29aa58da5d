package org.sopflow.modulesfixture.internals;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** A feature class that reads Camunda's internal clock instead of asking the engine adapter. */
public final class ClockReader {

  private ClockReader() {
  }

  public static Date now() {
    return ClockUtil.getCurrentTime();
  }
}
