package org.sopflow.modulesfixture.undeclared.deadline;

import org.sopflow.modulesfixture.undeclared.calendar.Days;

/** Uses the calendar module, which its package-info does not allow. */
public final class Deadlines {

  private Deadlines() {
  }

  public static int standard() {
    return Days.working(10);
  }
}
