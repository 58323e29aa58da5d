package org.sopflow.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sopflow.SopProperties;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.model.DeployedSop;
import org.sopflow.model.SopCatalog;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopStep;
import org.sopflow.monitoring.TimingFigures.Detail;
import org.sopflow.monitoring.TimingFigures.Overview;
import org.sopflow.monitoring.TimingFigures.RoleWorkload;
import org.sopflow.monitoring.TimingFigures.SopTiming;
import org.sopflow.monitoring.TimingFigures.StepTiming;
import org.sopflow.monitoring.TimingRepository.Aggregate;
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

  private final TimingRepository repository;
  private final SopCatalog catalog;
  private final WorkingCalendar calendar;
  private final SopProperties properties;

  TimingService(TimingRepository repository, SopCatalog catalog, WorkingCalendar calendar, SopProperties properties) {
    this.repository = repository;
    this.catalog = catalog;
    this.calendar = calendar;
    this.properties = properties;
  }

  TimingWindow window(Instant from, Instant to, Integer version) {
    return TimingWindow.of(from, to, version, ClockUtil.getCurrentTime().toInstant(), properties.calendar().zone());
  }

  /** Every SOP the current user may read, including those never run. */
  public Overview overview(TimingWindow window) {
    Map<String, Aggregate> instances = repository.instances(window, null);
    Map<String, Map<String, Long>> events = repository.eventsByCategory(window, null);
    List<SopTiming> sops = catalog.latest().stream()
        .map(deployed -> sopTiming(deployed, instances.getOrDefault(deployed.definition().getKey(), Aggregate.EMPTY),
            events.getOrDefault(deployed.definition().getKey(), Map.of())))
        .toList();
    return new Overview(window.from(), window.to(), window.version(), sops);
  }

  /** One SOP with its steps (of the given version, or the latest) and its roles' workload. */
  public Optional<Detail> detail(String key, TimingWindow window) {
    return catalog.latest(key).map(deployed -> {
      SopDefinition sop = window.version() == null ? deployed.sop() : catalog.version(key, window.version())
          .orElseThrow(() -> new IllegalArgumentException("version " + window.version() + " of " + key + " does not exist"));
      Map<String, Aggregate> steps = repository.steps(window, key);
      List<StepTiming> stepTimings = sop.steps().stream().filter(SopStep::isUserTask)
          .map(step -> stepTiming(sop, step, steps.getOrDefault(step.activityId(), Aggregate.EMPTY))).toList();
      List<RoleWorkload> workload = repository.workload(window, key).entrySet().stream()
          .map(entry -> new RoleWorkload(entry.getKey(), entry.getValue()[0], entry.getValue()[1])).toList();
      SopTiming timing = sopTiming(deployed, repository.instances(window, key).getOrDefault(key, Aggregate.EMPTY),
          repository.eventsByCategory(window, key).getOrDefault(key, Map.of()));
      return new Detail(window.from(), window.to(), window.version(), timing, stepTimings, workload);
    });
  }

  private SopTiming sopTiming(DeployedSop deployed, Aggregate instances, Map<String, Long> events) {
    SopDefinition sop = deployed.sop();
    Long standard = sop.serviceTime() == null ? null : calendar.seconds(sop.serviceTime(), sop.calendar());
    return new SopTiming(sop.key(), sop.name(), deployed.definition().getVersion(), instances.started(),
        instances.completed(), instances.open(), instances.median(), instances.p90(), standard,
        instances.onTimeRate(), instances.openOverdue(), events);
  }

  private StepTiming stepTiming(SopDefinition sop, SopStep step, Aggregate figures) {
    Long standard = step.waktu() == null ? null : calendar.seconds(step.waktu(), sop.calendar());
    return new StepTiming(step.activityId(), step.name(), step.role(), standard, figures.completed(),
        figures.median(), figures.p90(), figures.max(), figures.onTimeRate(), figures.open(), figures.openOverdue(),
        status(standard, figures));
  }

  /** The overlay colour: green when p90 is within the standard, amber when only the median is, red otherwise. */
  static String status(Long standard, Aggregate figures) {
    if (standard == null || figures.median() == null) {
      return null;
    }
    if (figures.p90() <= standard) {
      return GREEN;
    }
    return figures.median() <= standard ? AMBER : RED;
  }
}
