package org.sopflow.modulesfixture.undeclared.calendar;

public final class Days {

  private Days() {
  }

  public static int working(int days) {
    return days;
  }
}
