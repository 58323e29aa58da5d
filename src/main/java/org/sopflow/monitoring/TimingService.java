package org.sopflow.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sopflow.calendar.DateParameter;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.catalog.DeployedSop;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.deadline.DeadlineRecords.Open;
import org.sopflow.deadline.DeadlineRecords;
import org.sopflow.deviation.MaladministrationEvents;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopStep;
import org.sopflow.monitoring.TimingFigures.Detail;
import org.sopflow.monitoring.TimingFigures.Overview;
import org.sopflow.monitoring.TimingFigures.RoleWorkload;
import org.sopflow.monitoring.TimingFigures.SopTiming;
import org.sopflow.monitoring.TimingFigures.StepTiming;
import org.sopflow.monitoring.TimingIndex.Durations;
import org.springframework.stereotype.Service;

/**
 * How long each SOP and step really takes against its standard. A step is timed from the creation
 * of its task (when it reaches the role's queue) to its completion, in working time: the standard
 * counts the waiting too, so claiming late does not hide a delay.
 */
@Service
public class TimingService {

  /** p90 within the standard. */
  public static final String GREEN = "hijau";
  /** Median within the standard, p90 over it. */
  public static final String AMBER = "kuning";
  /** Median over the standard. */
  public static final String RED = "merah";

  private final DeadlineRecords deadlines;
  private final MaladministrationEvents events;
  private final TimingIndex index;
  private final SopCatalog catalog;
  private final WorkingCalendar calendar;
  private final Clock clock;

  TimingService(DeadlineRecords deadlines, MaladministrationEvents events, TimingIndex index, SopCatalog catalog,
                WorkingCalendar calendar, Clock clock) {
    this.deadlines = deadlines;
    this.clock = clock;
    this.events = events;
    this.index = index;
    this.catalog = catalog;
    this.calendar = calendar;
  }

  public TimingWindow window(Instant from, Instant to, Integer version) {
    return TimingWindow.of(from, to, version, clock.instant(), calendar.zone());
  }

  /**
   * The window of request parameters: {@code from} and {@code to} ISO dates ({@code to} included) or
   * instants, on the calendar's zone; throws IllegalArgumentException naming the bad parameter.
   */
  public TimingWindow window(String from, String to, Integer version) {
    ZoneId zone = calendar.zone();
    return window(DateParameter.instant("from", from, zone, false), DateParameter.instant("to", to, zone, true), version);
  }

  /** Every SOP the current user may read, including those never run. */
  public Overview overview(TimingWindow window) {
    return overview(window, catalog.latest());
  }

  /** Every SOP of one OPD (its tenant id) the current user may read. */
  public Overview overviewOf(TimingWindow window, String opd) {
    return overview(window, catalog.latestOf(opd));
  }

  private Overview overview(TimingWindow window, List<DeployedSop> latest) {
    Instances instances = instances(window, null);
    Map<String, Map<String, Long>> eventCounts = eventsByCategory(window, null);
    List<SopTiming> sops = latest.stream()
        .map(deployed -> sopTiming(deployed, instances, eventCounts.getOrDefault(deployed.definition().getKey(), Map.of())))
        .toList();
    return new Overview(window.from(), window.to(), window.version(), sops);
  }

  /** One SOP with its steps (of the given version, or the latest) and its roles' workload. */
  public Optional<Detail> detail(String key, TimingWindow window) {
    return catalog.latest(key).map(deployed -> {
      SopDefinition sop = window.version() == null ? deployed.sop() : catalog.version(key, window.version())
          .orElseThrow(() -> new IllegalArgumentException("version " + window.version() + " of " + key + " does not exist"));
      Map<String, Durations> completed = index.steps(key, window);
      Map<String, Open> open = new HashMap<>(deadlines.openSteps(window.now(), key, window.version()));
      open.putAll(deadlines.openWaits(key, window.version()));
      List<StepTiming> stepTimings = sop.steps().stream().filter(step -> step.isUserTask() || step.menungguPemohon())
          .map(step -> stepTiming(step, completed.get(step.activityId()),
              open.getOrDefault(step.activityId(), Open.NONE), calendarOf(deployed))).toList();
      List<RoleWorkload> workload = deadlines.openStepsByRole(window.now(), key, window.version()).entrySet().stream()
          .map(entry -> new RoleWorkload(entry.getKey(), entry.getValue().open(), entry.getValue().overdue())).toList();
      SopTiming timing = sopTiming(deployed, instances(window, key),
          eventsByCategory(window, key).getOrDefault(key, Map.of()));
      return new Detail(window.from(), window.to(), window.version(), timing, stepTimings, workload);
    });
  }

  /**
   * The instances of one SOP completed in the window, and how many of them took at most
   * {@code limitSeconds} of the office's working time (on the SOP's calendar).
   */
  public TimingFigures.RunsWithin runsWithin(String key, TimingWindow window, long limitSeconds) {
    long[] counts = new long[2];
    index.eachInstance(key, window, (activity, at, seconds, onTime) -> {
      counts[0]++;
      counts[1] += seconds <= limitSeconds ? 1 : 0;
    });
    return new TimingFigures.RunsWithin(counts[0], counts[1]);
  }

  /** The trend of the {@code months} months up to the current one; empty when no such SOP is deployed. */
  public Optional<List<TimingFigures.MonthTrend>> trend(String key, int months) {
    if (months < 1 || months > 36) {
      throw new IllegalArgumentException("months " + months + " is out of range; give 1 to 36");
    }
    return catalog.latest(key).map(deployed ->
        trend(key, YearMonth.from(clock.instant().atZone(calendar.zone())), months));
  }

  /**
   * Month by month, the {@code months} months up to {@code last} included: how many steps of the SOP
   * were completed, the share within their standard, and the median of each step's working time
   * against its standard (1.0: exactly the standard), judged by the latest version's standards.
   */
  public List<TimingFigures.MonthTrend> trend(String key, YearMonth last, int months) {
    ZoneId zone = calendar.zone();
    YearMonth first = last.minusMonths(months - 1L);
    Map<String, Long> standards = new HashMap<>();
    catalog.latest(key).ifPresent(deployed -> deployed.sop().steps().forEach(step -> {
      Long standard = standardSeconds(step, calendarOf(deployed));
      if (standard != null && standard > 0) {
        standards.put(step.activityId(), standard);
      }
    }));
    Map<YearMonth, MonthRows> rows = new TreeMap<>();
    TimingWindow window = window(first.atDay(1).atStartOfDay(zone).toInstant(),
        last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(), null);
    index.eachStep(key, window, (activity, at, seconds, onTime) -> rows
        .computeIfAbsent(YearMonth.from(Instant.ofEpochMilli(at).atZone(zone)), month -> new MonthRows())
        .add(onTime, standards.containsKey(activity) ? (double) seconds / standards.get(activity) : null));
    List<TimingFigures.MonthTrend> trend = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      trend.add(rows.getOrDefault(month, new MonthRows()).trend(month));
    }
    return trend;
  }

  /** The completed steps of one month. */
  private static final class MonthRows {
    private long completed;
    private long onTime;
    private final List<Double> ratios = new ArrayList<>();

    void add(boolean punctual, Double ratio) {
      completed++;
      onTime += punctual ? 1 : 0;
      if (ratio != null) {
        ratios.add(ratio);
      }
    }

    TimingFigures.MonthTrend trend(YearMonth month) {
      Collections.sort(ratios);
      Double median = ratios.isEmpty() ? null : ratios.size() % 2 == 1 ? ratios.get(ratios.size() / 2)
          : (ratios.get(ratios.size() / 2 - 1) + ratios.get(ratios.size() / 2)) / 2;
      return new TimingFigures.MonthTrend(month.toString(), completed, completed == 0 ? null : (double) onTime / completed,
          median);
    }
  }

  /** Instances started, completed and open, per SOP key, in one window. */
  private record Instances(Map<String, Long> started, Map<String, Durations> completed, Map<String, Open> open) {
  }

  private Instances instances(TimingWindow window, String key) {
    return new Instances(index.started(key, window), index.instances(key, window),
        deadlines.openServices(window.now(), key, window.version()));
  }

  private Map<String, Map<String, Long>> eventsByCategory(TimingWindow window, String key) {
    return events.countsBySopAndCategory(window.from(), window.to(), key, window.version());
  }

  private SopTiming sopTiming(DeployedSop deployed, Instances instances, Map<String, Long> events) {
    SopDefinition sop = deployed.sop();
    String key = sop.key();
    Long standard = sop.serviceTime() == null ? null : calendarOf(deployed).seconds(sop.serviceTime(), sop.calendar());
    Durations completed = instances.completed().getOrDefault(key, NONE);
    Open open = instances.open().getOrDefault(key, Open.NONE);
    return new SopTiming(key, sop.name(), deployed.definition().getVersion(), instances.started().getOrDefault(key, 0L),
        completed.count(), open.open(), completed.median(), completed.p90(), standard, onTimeRate(completed),
        open.overdue(), events);
  }

  private StepTiming stepTiming(SopStep step, Durations completed, Open open, WorkingCalendar opdCalendar) {
    Durations figures = completed == null ? NONE : completed;
    Long standard = standardSeconds(step, opdCalendar);
    return new StepTiming(step.activityId(), step.name(), step.role(), step.menungguPemohon(), standard, figures.count(), figures.onTime(),
        figures.median(), figures.p90(), figures.max(), onTimeRate(figures), open.open(), open.overdue(), status(standard, figures));
  }

  /** The step's standard in working seconds; none for a step due by a date of the request (each task its own). */
  private Long standardSeconds(SopStep step, WorkingCalendar opdCalendar) {
    return step.waktu() == null || !step.hasStandardDeadline() || step.tenggatDari() != null ? null
        : opdCalendar.seconds(step.waktu(), step.calendar());
  }

  /** The calendar of the SOP's OPD: a working day is as long as the OPD's. */
  private WorkingCalendar calendarOf(DeployedSop deployed) {
    return calendar.of(deployed.definition().getTenantId());
  }

  private static final Durations NONE = new Durations(0, 0, null, null, null);

  private static Double onTimeRate(Durations durations) {
    return durations.count() == 0 ? null : (double) durations.onTime() / durations.count();
  }

  /** The overlay colour: green when p90 is within the standard, amber when only the median is, red otherwise. */
  static String status(Long standard, Durations figures) {
    if (standard == null || figures.median() == null) {
      return null;
    }
    if (figures.p90() <= standard) {
      return GREEN;
    }
    return figures.median() <= standard ? AMBER : RED;
  }
}
