package org.sopflow.calendar;

/** How long a standard time is, in seconds of working time on an SOP's calendar. */
public final class WorkingTime {

  /**
   * A working day of the Perpres 21/2023 week: 07:30-16:00 with a one-hour break Monday to
   * Thursday, 07:30-16:30 with a 90-minute break on Friday; both are 7.5 hours.
   */
  public static final long WORKING_DAY_SECONDS = 7 * 3600 + 1800;
  public static final long CLOCK_DAY_SECONDS = 24 * 3600;

  private WorkingTime() {
  }

  public static long seconds(StandardTime time, CalendarKind calendar) {
    return time.seconds(calendar == CalendarKind.ROUND_THE_CLOCK ? CLOCK_DAY_SECONDS : WORKING_DAY_SECONDS);
  }
}
