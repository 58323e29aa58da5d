package org.sopflow.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.sopflow.SopFlowApplication;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.catalog.DeployedSop;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.model.SopStep;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Monitoring at scale: seeds {@code benchmark.timing.rows} (1,000,000) completed and open SOP steps
 * across the whole catalogue over the last six months, then times {@code GET /api/timing/{key}} (a
 * random SOP each time) and {@code GET /api/timing} against the running application over HTTP.
 * Prints p50 / p95 / max per endpoint and database. Target: p95 under 300 ms.
 */
public final class TimingBenchmark {

  private static final int BATCH = 10_000;
  private static final double OPEN_SHARE = 0.03;

  private TimingBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int rows = Integer.getInteger("benchmark.timing.rows", 1_000_000);
    int requests = Integer.getInteger("benchmark.timing.requests", 200);
    for (String kind : System.getProperty("benchmark.timing.databases", "h2,postgres").split(",")) {
      try (OverheadRun.Database db = OverheadRun.Database.start(kind.trim())) {
        ConfigurableApplicationContext app = start(db);
        try {
          long seeded = System.nanoTime();
          int instances = seed(app, rows, kind.trim());
          System.out.printf("FIGURES timing %s (%s): seeded %,d steps of %,d instances in %.1f s%n", kind,
              app.getEnvironment().getProperty("spring.datasource.url"), rows, instances, (System.nanoTime() - seeded) / 1e9);
          measure(app, kind.trim(), requests);
        } finally {
          app.close();
        }
      }
    }
  }

  private static ConfigurableApplicationContext start(OverheadRun.Database db) {
    // command-line arguments, so they win over application.yaml
    return new SpringApplicationBuilder(SopFlowApplication.class).profiles("demo").run(
        "--server.port=0", "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
        "--spring.datasource.password=" + db.password(), "--spring.datasource.driver-class-name=" + db.driver(),
        "--sop.deadlines.detection-interval=PT24H", "--sop.metrics.refresh-interval=PT24H",
        "--sop.processes.watch=false", "--logging.level.root=WARN");
  }

  /** One instance after another, round the catalogue, each passing every step once; a few left open. */
  private static int seed(ConfigurableApplicationContext app, int rows, String kind) throws Exception {
    List<DeployedSop> sops = app.getBean(SopCatalog.class).latest();
    WorkingCalendar calendar = app.getBean(WorkingCalendar.class);
    Random random = new Random(42);
    Instant now = Instant.now();
    long sixMonths = Duration.ofDays(182).toSeconds();
    int written = 0;
    int instances = 0;
    try (Connection connection = app.getBean(DataSource.class).getConnection()) {
      connection.setAutoCommit(false);
      PreparedStatement task = connection.prepareStatement("INSERT INTO sop_task_deadline (task_id,"
          + " process_instance_id, process_definition_id, process_definition_key, process_definition_version,"
          + " activity_id, role, created_at, standard_deadline, current_due, ended_at, standard_seconds, working_seconds)"
          + " VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)");
      PreparedStatement instance = connection.prepareStatement("INSERT INTO sop_instance_deadline (process_instance_id,"
          + " process_definition_id, process_definition_key, process_definition_version, started_at, service_deadline,"
          + " ended_at, standard_seconds, working_seconds) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)");
      while (written < rows) {
        DeployedSop sop = sops.get(instances++ % sops.size());
        String instanceId = UUID.randomUUID().toString();
        boolean open = random.nextDouble() < OPEN_SHARE;
        Instant started = now.minusSeconds((long) (random.nextDouble() * sixMonths));
        Instant cursor = started;
        long instanceWorked = 0;
        List<SopStep> steps = sop.sop().steps().stream().filter(step -> step.waktu() != null).toList();
        for (int i = 0; i < steps.size() && written < rows; i++) {
          SopStep step = steps.get(i);
          long standard = calendar.seconds(step.waktu(), sop.sop().calendar());
          long worked = (long) (standard * Math.exp(random.nextGaussian() * 0.6 - 0.2));
          boolean ended = !(open && i == steps.size() - 1);
          Instant ends = cursor.plusSeconds(worked * 3);
          setAll(task, UUID.randomUUID().toString(), instanceId, sop.definition().getId(), sop.sop().key(),
              step.activityId(), step.role(), time(cursor), time(cursor.plusSeconds(standard * 3)),
              time(cursor.plusSeconds(standard * 3)), ended ? time(ends) : null, standard, ended ? worked : null);
          task.addBatch();
          written++;
          instanceWorked += worked;
          cursor = ends;
          if (written % BATCH == 0) {
            task.executeBatch();
            instance.executeBatch();
            connection.commit();
          }
        }
        Long service = sop.sop().serviceTime() == null ? null : calendar.seconds(sop.sop().serviceTime(), sop.sop().calendar());
        setAll(instance, instanceId, sop.definition().getId(), sop.sop().key(), time(started),
            service == null ? null : time(started.plusSeconds(service * 3)), open ? null : time(cursor), service,
            open ? null : instanceWorked);
        instance.addBatch();
      }
      task.executeBatch();
      instance.executeBatch();
      connection.commit();
      if (kind.equals("postgres")) {
        try (Statement analyze = connection.createStatement()) {
          analyze.execute("ANALYZE");
        }
        connection.commit();
      }
    }
    return instances;
  }

  private static void measure(ConfigurableApplicationContext app, String kind, int requests) throws Exception {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    List<String> keys = app.getBean(SopCatalog.class).latest().stream().map(sop -> sop.definition().getKey()).toList();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Random random = new Random(7);
    System.out.printf("FIGURES timing %s first /api/timing after start (reads every completion into memory): %.0f ms%n",
        kind, time(http, port, "/api/timing"));
    for (int i = 0; i < 30; i++) {
      time(http, port, "/api/timing/" + keys.get(random.nextInt(keys.size())));
      time(http, port, "/api/timing");
    }
    List<Double> detail = new ArrayList<>();
    List<Double> overview = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      detail.add(time(http, port, "/api/timing/" + keys.get(random.nextInt(keys.size()))));
      overview.add(time(http, port, "/api/timing"));
    }
    print(kind, "/api/timing/{key}", detail);
    print(kind, "/api/timing", overview);
  }

  private static double time(HttpClient http, int port, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json").GET().build();
    long start = System.nanoTime();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    double millis = (System.nanoTime() - start) / 1e6;
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
    }
    return millis;
  }

  private static void print(String kind, String endpoint, List<Double> millis) {
    List<Double> sorted = millis.stream().sorted().toList();
    System.out.printf("FIGURES timing %s %s: %d requests, p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", kind, endpoint,
        sorted.size(), sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
        sorted.get(sorted.size() - 1));
  }

  private static OffsetDateTime time(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static void setAll(PreparedStatement statement, Object... values) throws Exception {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
  }
}
