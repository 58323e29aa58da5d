package org.sopflow.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.sopflow.SopFlowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The citizen's tracking page under load: {@code benchmark.tracking.requests} (500) information
 * requests registered, then rounds of 200 lookups of random codes fired at once over loopback
 * (each from its own thread; the per-address limit raised, as 200 citizens come from 200 addresses).
 * Prints p50 / p95 / max per database. Target: p95 under 200 ms.
 */
public final class TrackingLoadBenchmark {

  private static final int CONCURRENT = 200;

  private TrackingLoadBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int requests = Integer.getInteger("benchmark.tracking.requests", 500);
    int rounds = Integer.getInteger("benchmark.tracking.rounds", 5);
    for (String kind : System.getProperty("benchmark.tracking.databases", "h2,postgres").split(",")) {
      try (OverheadRun.Database db = OverheadRun.Database.start(kind.trim())) {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(SopFlowApplication.class).profiles("demo").run(
            "--server.port=0", "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
            "--spring.datasource.password=" + db.password(), "--spring.datasource.driver-class-name=" + db.driver(),
            "--sop.deadlines.detection-interval=PT24H", "--sop.metrics.refresh-interval=PT24H",
            "--sop.citizen.lookups-per-minute=1000000", "--server.tomcat.threads.max=200", "--logging.level.root=WARN");
        try {
          List<String> codes = register(app.getBean(ProcessEngine.class), app.getBean(JdbcClient.class), requests);
          measure(kind.trim(), ((WebServerApplicationContext) app).getWebServer().getPort(), codes, rounds);
        } finally {
          app.close();
        }
      }
    }
  }

  /** Registers the requests and gives each a code as printing its receipt would (its hash stored). */
  private static List<String> register(ProcessEngine engine, JdbcClient jdbc, int requests) throws Exception {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      String instance = engine.getRuntimeService().startProcessInstanceByKey("pip-permohonan-informasi", "PPID/" + i).getId();
      String code = String.format("%012d", i).chars().mapToObj(digit -> String.valueOf("ACEFHJKMNP".charAt(digit - '0')))
          .collect(java.util.stream.Collectors.joining());
      jdbc.sql("UPDATE sop_tracking SET code_hash = ?, issues = 1 WHERE process_instance_id = ?")
          .params(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
              .digest(code.getBytes(java.nio.charset.StandardCharsets.US_ASCII))), instance).update();
      codes.add(code);
      if (i % 3 == 0) { // a third a step further, so pages show done steps too
        String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
        engine.getTaskService().complete(task);
      }
    }
    return codes;
  }

  private static void measure(String kind, int port, List<String> codes, int rounds) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
        .build();
    Random random = new Random(11);
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
    try {
      round(http, port, codes, random, pool); // warm-up
      List<Double> millis = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        millis.addAll(round(http, port, codes, random, pool));
      }
      Collections.sort(millis);
      System.out.printf("FIGURES tracking %s: %d rounds of %d concurrent lookups, p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
          kind, rounds, CONCURRENT, millis.get(millis.size() / 2),
          millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.get(millis.size() - 1));
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Double> round(HttpClient http, int port, List<String> codes, Random random, ExecutorService pool)
      throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Double>> lookups = new ArrayList<>();
    for (int i = 0; i < CONCURRENT; i++) {
      String code = codes.get(random.nextInt(codes.size()));
      lookups.add(pool.submit(() -> {
        start.await();
        long begin = System.nanoTime();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/lacak/"
            + code)).GET().build(), HttpResponse.BodyHandlers.ofString());
        double elapsed = (System.nanoTime() - begin) / 1e6;
        if (page.statusCode() != 200) {
          throw new IllegalStateException("/lacak/" + code + " answered " + page.statusCode());
        }
        return elapsed;
      }));
    }
    start.countDown();
    List<Double> millis = new ArrayList<>();
    for (Future<Double> lookup : lookups) {
      millis.add(lookup.get());
    }
    return millis;
  }
}
