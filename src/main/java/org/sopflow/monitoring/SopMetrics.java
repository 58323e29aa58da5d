package org.sopflow.monitoring;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sopflow.deadline.DeadlineRecords;
import org.sopflow.deviation.MaladministrationEvents;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The SOP figures for Prometheus: gauges {@code sop_tasks_open} and {@code sop_tasks_overdue} per SOP
 * and role, and the counter {@code sop_maladministration_events_total} per category and rule, read
 * from the database every {@code sop.metrics.refresh-interval}. They are the database's figures, the
 * same on every node of a cluster: aggregate them with {@code max}, not {@code sum}. The timer
 * {@code sop_step_duration_seconds} is recorded by each node for the steps it completes (module deadline).
 */
@Component
class SopMetrics implements SchedulingConfigurer {

  private static final Logger LOG = LoggerFactory.getLogger(SopMetrics.class);

  private final DeadlineRecords deadlines;
  private final MaladministrationEvents events;
  private final MeterRegistry registry;
  private final MetricsProperties properties;
  private final Clock clock;
  private final MultiGauge open;
  private final MultiGauge overdue;
  private final Map<String, AtomicLong> eventCounters = new ConcurrentHashMap<>();

  SopMetrics(DeadlineRecords deadlines, MaladministrationEvents events, MeterRegistry registry,
             MetricsProperties properties, Clock clock) {
    this.deadlines = deadlines;
    this.clock = clock;
    this.properties = properties;
    this.events = events;
    this.registry = registry;
    this.open = MultiGauge.builder("sop.tasks.open").description("Open SOP tasks").register(registry);
    this.overdue = MultiGauge.builder("sop.tasks.overdue").description("Open SOP tasks past their standard deadline")
        .register(registry);
  }

  /** Every {@code sop.metrics.refresh-interval}, on Spring's task scheduler; a failed read is retried next time. */
  @Override
  public void configureTasks(ScheduledTaskRegistrar tasks) {
    tasks.addFixedDelayTask(this::refreshQuietly, properties.refreshInterval());
  }

  void refreshQuietly() {
    try {
      refresh();
    } catch (RuntimeException e) {
      LOG.warn("SOP metrics could not be read; retried at the next refresh", e);
    }
  }

  /** Reads the open work and the event counts now. */
  void refresh() {
    List<MultiGauge.Row<?>> openRows = new ArrayList<>();
    List<MultiGauge.Row<?>> overdueRows = new ArrayList<>();
    Instant now = clock.instant();
    deadlines.openStepsBySopAndRole(now).forEach((sopAndRole, work) -> {
      Tags tags = Tags.of("sop", sopAndRole.get(0), "role", sopAndRole.get(1));
      openRows.add(MultiGauge.Row.of(tags, work.open()));
      overdueRows.add(MultiGauge.Row.of(tags, work.overdue()));
    });
    open.register(openRows, true);
    overdue.register(overdueRows, true);
    events.countsByRule().forEach(count -> eventCounter(count.category().name(), count.rule().name()).set(count.events()));
  }

  private AtomicLong eventCounter(String category, String rule) {
    return eventCounters.computeIfAbsent(category + "/" + rule, key -> {
      AtomicLong count = new AtomicLong();
      FunctionCounter.builder("sop.maladministration.events", count, AtomicLong::get)
          .description("Maladministration events recorded").tags("category", category, "rule", rule).register(registry);
      return count;
    });
  }
}
