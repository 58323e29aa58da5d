package org.sopflow.monitoring;

import org.sopflow.engine.EngineClock;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SOP figures for Prometheus: gauges {@code sop_tasks_open} and {@code sop_tasks_overdue} per SOP
 * and role, and the counter {@code sop_maladministration_events_total} per category and rule, read
 * from the database every {@code sop.metrics.refresh-interval}. They are the database's figures, the
 * same on every node of a cluster: aggregate them with {@code max}, not {@code sum}. The timer
 * {@code sop_step_duration_seconds} is recorded by each node for the steps it completes ({@link StepDurations}).
 */
@Component
class SopMetrics {

  private static final Logger LOG = LoggerFactory.getLogger(SopMetrics.class);

  private final JdbcTemplate jdbc;
  private final MeterRegistry registry;
  private final long intervalMillis;
  private final MultiGauge open;
  private final MultiGauge overdue;
  private final Map<String, AtomicLong> events = new ConcurrentHashMap<>();
  private ScheduledExecutorService scheduler;

  SopMetrics(JdbcTemplate jdbc, MeterRegistry registry, MetricsProperties properties) {
    this.jdbc = jdbc;
    this.registry = registry;
    this.intervalMillis = properties.refreshInterval().toMillis();
    this.open = MultiGauge.builder("sop.tasks.open").description("Open SOP tasks").register(registry);
    this.overdue = MultiGauge.builder("sop.tasks.overdue").description("Open SOP tasks past their standard deadline")
        .register(registry);
  }

  @EventListener(ApplicationReadyEvent.class)
  synchronized void start() {
    scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "sop-metrics");
      thread.setDaemon(true);
      return thread;
    });
    scheduler.scheduleWithFixedDelay(this::refreshQuietly, 0, intervalMillis, TimeUnit.MILLISECONDS);
  }

  @EventListener(ContextClosedEvent.class)
  synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }

  /** Reads the open work and the event counts now. */
  void refresh() {
    List<MultiGauge.Row<?>> openRows = new ArrayList<>();
    List<MultiGauge.Row<?>> overdueRows = new ArrayList<>();
    Instant now = EngineClock.now();
    jdbc.query("SELECT process_definition_key, role, COUNT(*), SUM(CASE WHEN standard_deadline < ? THEN 1 ELSE 0 END)"
        + " FROM sop_task_deadline WHERE ended_at IS NULL AND process_definition_key IS NOT NULL"
        + " GROUP BY process_definition_key, role", row -> {
          Tags tags = Tags.of("sop", row.getString(1), "role", String.valueOf(row.getString(2)));
          openRows.add(MultiGauge.Row.of(tags, row.getLong(3)));
          overdueRows.add(MultiGauge.Row.of(tags, row.getLong(4)));
        }, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
    open.register(openRows, true);
    overdue.register(overdueRows, true);
    jdbc.query("SELECT category, rule, COUNT(*) FROM sop_maladministration_event GROUP BY category, rule",
        row -> { eventCounter(row.getString(1), row.getString(2)).set(row.getLong(3)); });
  }

  private AtomicLong eventCounter(String category, String rule) {
    return events.computeIfAbsent(category + "/" + rule, key -> {
      AtomicLong count = new AtomicLong();
      FunctionCounter.builder("sop.maladministration.events", count, AtomicLong::get)
          .description("Maladministration events recorded").tags("category", category, "rule", rule).register(registry);
      return count;
    });
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (RuntimeException e) {
      LOG.warn("SOP metrics could not be read; retried in {} ms", intervalMillis, e);
    }
  }
}
