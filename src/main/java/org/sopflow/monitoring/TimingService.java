package org.sopflow.monitoring;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sopflow.calendar.DateParameter;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.catalog.DeployedSop;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.deadline.DeadlineRecords.Open;
import org.sopflow.deadline.DeadlineRecords;
import org.sopflow.deviation.MaladministrationEvents;
import org.sopflow.engine.EngineClock;
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

  TimingService(DeadlineRecords deadlines, MaladministrationEvents events, TimingIndex index, SopCatalog catalog,
                WorkingCalendar calendar) {
    this.deadlines = deadlines;
    this.events = events;
    this.index = index;
    this.catalog = catalog;
    this.calendar = calendar;
  }

  public TimingWindow window(Instant from, Instant to, Integer version) {
    return TimingWindow.of(from, to, version, EngineClock.now(), calendar.zone());
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
    Instances instances = instances(window, null);
    Map<String, Map<String, Long>> eventCounts = eventsByCategory(window, null);
    List<SopTiming> sops = catalog.latest().stream()
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
              open.getOrDefault(step.activityId(), Open.NONE))).toList();
      List<RoleWorkload> workload = deadlines.openStepsByRole(window.now(), key, window.version()).entrySet().stream()
          .map(entry -> new RoleWorkload(entry.getKey(), entry.getValue().open(), entry.getValue().overdue())).toList();
      SopTiming timing = sopTiming(deployed, instances(window, key),
          eventsByCategory(window, key).getOrDefault(key, Map.of()));
      return new Detail(window.from(), window.to(), window.version(), timing, stepTimings, workload);
    });
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
    Long standard = sop.serviceTime() == null ? null : calendar.seconds(sop.serviceTime(), sop.calendar());
    Durations completed = instances.completed().getOrDefault(key, NONE);
    Open open = instances.open().getOrDefault(key, Open.NONE);
    return new SopTiming(key, sop.name(), deployed.definition().getVersion(), instances.started().getOrDefault(key, 0L),
        completed.count(), open.open(), completed.median(), completed.p90(), standard, onTimeRate(completed),
        open.overdue(), events);
  }

  private StepTiming stepTiming(SopStep step, Durations completed, Open open) {
    Durations figures = completed == null ? NONE : completed;
    // a date of the request gives each task its own standard: the on-time rate still counts it
    Long standard = step.waktu() == null || !step.hasStandardDeadline() || step.tenggatDari() != null ? null
        : calendar.seconds(step.waktu(), step.calendar());
    return new StepTiming(step.activityId(), step.name(), step.role(), step.menungguPemohon(), standard, figures.count(), figures.onTime(),
        figures.median(), figures.p90(), figures.max(), onTimeRate(figures), open.open(), open.overdue(), status(standard, figures));
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
