package org.sopflow.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.sopflow.SopTestEngine;
import org.sopflow.TestModels;
import org.sopflow.deviation.EventFilter;
import org.sopflow.deviation.MaladministrationEvent;
import org.sopflow.deviation.MaladministrationEvents;
import org.sopflow.deviation.Rule;

/**
 * How fast a passed deadline is caught: 1,000 tasks of a 24-jam SOP whose deadlines fall over
 * 60 s, the detector sweeping every 5 s as the application does; for each task the time from its
 * deadline to the recorded STEP_OVERDUE. Prints p50 / p99 / max and how many were missed.
 */
public final class DetectionLatencyBenchmark {

  private DetectionLatencyBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int tasks = Integer.getInteger("benchmark.latency.tasks", 1000);
    try (OverheadRun.Database db = OverheadRun.Database.start(System.getProperty("benchmark.latency.database", "h2"))) {
      ProcessEngine engine = OverheadRun.engine("a", db);
      engine.getRepositoryService().createDeployment().addString("latensi.bpmn", TestModels.sop("sop-latensi")
          .processProperty("sop.kalender", "24-jam").lane("ppid", "PPID")
          .task("tangani", "ppid").taskProperty("tangani", "sop.waktu", "PT30S").xml()).deploy();
      ScheduledExecutorService detection = Executors.newSingleThreadScheduledExecutor();
      detection.scheduleWithFixedDelay(SopTestEngine.detector(engine)::sweep, 0, 5, TimeUnit.SECONDS);

      long start = System.nanoTime();
      List<String> instances = new ArrayList<>();
      for (int i = 0; i < tasks; i++) {
        long due = start + Duration.ofSeconds(60).toNanos() * i / tasks;
        while (System.nanoTime() < due) {
          Thread.sleep(1);
        }
        instances.add(engine.getRuntimeService().startProcessInstanceByKey("sop-latensi").getId());
      }
      Thread.sleep(Duration.ofSeconds(30 + 15).toMillis());
      detection.shutdown();
      detection.awaitTermination(30, TimeUnit.SECONDS);

      List<MaladministrationEvent> events;
      events = MaladministrationEvents.on(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
          .getDataSource()).find(new EventFilter("sop-latensi", null, null, Rule.STEP_OVERDUE, null, null, null), 0,
          tasks * 2);
      report(instances, events);
      engine.close();
    }
  }

  private static void report(List<String> instances, List<MaladministrationEvent> events) {
    Map<String, Integer> perInstance = new HashMap<>();
    events.forEach(event -> perInstance.merge(event.processInstanceId(), 1, Integer::sum));
    long missed = instances.stream().filter(instance -> !perInstance.containsKey(instance)).count();
    long duplicated = perInstance.values().stream().filter(count -> count > 1).count();
    List<Double> latencies = events.stream()
        .map(event -> Duration.between(event.occurredAt(), event.detectedAt()).toMillis() / 1000.0).sorted().toList();
    System.out.printf("Detection latency of %d deadlines spread over 60 s (detector every 5 s):"
            + " p50 %.2f s, p99 %.2f s, max %.2f s; missed %d, recorded twice %d%n", instances.size(),
        percentile(latencies, 0.50), percentile(latencies, 0.99), latencies.get(latencies.size() - 1), missed,
        duplicated);
  }

  private static double percentile(List<Double> sorted, double fraction) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.round(fraction * (sorted.size() - 1))));
  }
}
