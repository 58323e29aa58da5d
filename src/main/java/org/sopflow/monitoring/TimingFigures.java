package org.sopflow.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sopflow.print.TrendChart;

/** The answers of {@code /api/timing}. Durations are working seconds on the SOP's calendar. */
public final class TimingFigures {

  private TimingFigures() {
  }

  /** All SOPs in one window. */
  public record Overview(Instant from, Instant to, Integer version, List<SopTiming> sops) {
  }

  /** One SOP in one window, with its steps and the workload of its roles. */
  public record Detail(Instant from, Instant to, Integer version, SopTiming sop, List<StepTiming> steps,
                List<RoleWorkload> workload) {
  }

  /**
   * @param started instances started in the window
   * @param completed instances that reached an end event in the window (cancelled ones do not count);
   *     their durations are the office's time, without the time waited for the applicant
   * @param running instances not ended now
   * @param onTimeRate share of the completed instances that ended within their service deadline
   * @param openOverdue running instances past their service deadline now
   */
  public record SopTiming(String key, String name, Integer latestVersion, long started, long completed, long running,
                   Double medianSeconds, Double p90Seconds, Long serviceStandardSeconds, Double onTimeRate,
                   long openOverdue, Map<String, Long> eventsByCategory) {
  }

  /**
   * @param menungguPemohon the office waits for the applicant here: the figures are the applicant's
   *     time, which has no standard and does not count in the SOP's
   * @param completed tasks of the step completed in the window (waits ended); {@code onTime} of them
   *     by their standard deadline
   * @param onTimeRate that share
   * @param open tasks of the step open now; {@code openOverdue} of them past their standard deadline
   */
  public record StepTiming(String activityId, String name, String role, boolean menungguPemohon, Long standardSeconds,
                    long completed, long onTime, Double medianSeconds, Double p90Seconds, Long maxSeconds,
                    Double onTimeRate, long open, long openOverdue, String status) {
  }

  /** Open and overdue tasks of one role in the SOP, now. */
  public record RoleWorkload(String role, long openTasks, long overdueTasks) {
  }

  /** Instances completed in a window, {@code within} of them inside a time limit. */
  public record RunsWithin(long completed, long within) {

    public Double share() {
      return completed == 0 ? null : (double) within / completed;
    }
  }

  /**
   * One month of an SOP's steps.
   *
   * @param month {@code 2026-11}
   * @param onTimeRate share of the completed steps within their standard; null when none completed
   * @param medianOfStandard median of each completed step's working time divided by its standard
   */
  public record MonthTrend(String month, long completed, Double onTimeRate, Double medianOfStandard)
      implements TrendChart.Month {
  }
}
