package org.sopflow.modulesfixture.named.survey;

import java.time.Instant;
import org.sopflow.modulesfixture.named.engine.EngineClock;
import org.sopflow.modulesfixture.named.engine.EngineSql;

/** Allowed the engine's SQL face only, and uses its clock as well. */
public final class Answers {

  private Answers() {
  }

  public static Instant store() {
    EngineSql.update("INSERT INTO answer VALUES (1)");
    return EngineClock.now();
  }
}
