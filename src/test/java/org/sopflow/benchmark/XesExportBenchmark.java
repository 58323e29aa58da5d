package org.sopflow.benchmark;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sopflow.SopFlowApplication;
import org.sopflow.TestModels;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The XES export at scale: one three-step SOP run once through the engine, its history copied to
 * {@code benchmark.xes.instances} (100,000) instances a second apart, then exported over HTTP twice:
 * the whole log and a tenth of it. Prints bytes, traces, time and the peak heap used while
 * exporting (sampled every 5 ms) and the most the heap kept after a collection (what the export holds):
 * the same for both sizes is the constant memory.
 */
public final class XesExportBenchmark {

  private static final String KEY = "bench-xes";
  private static final int BATCH = 5_000;

  private XesExportBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int instances = Integer.getInteger("benchmark.xes.instances", 100_000);
    for (String kind : System.getProperty("benchmark.xes.databases", "h2,postgres").split(",")) {
      try (OverheadRun.Database db = OverheadRun.Database.start(kind.trim())) {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(SopFlowApplication.class).profiles("demo").run(
            "--server.port=0", "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
            "--spring.datasource.password=" + db.password(), "--spring.datasource.driver-class-name=" + db.driver(),
            "--sop.deadlines.detection-interval=PT24H", "--sop.metrics.refresh-interval=PT24H", "--logging.level.root=WARN");
        try {
          seed(app, instances);
          int port = ((WebServerApplicationContext) app).getWebServer().getPort();
          export(kind, port, "?from=2026-01-01&to=2026-12-31", instances);
          long tenth = instances / 10;
          export(kind, port, "?from=2026-01-01T00:00:00Z&to=" + java.time.Instant.parse("2026-01-01T00:00:00Z")
              .plusSeconds(tenth), tenth);
        } finally {
          app.close();
        }
      }
    }
  }

  /** One real run, then its history rows copied with new ids, one instance a second from 1 January 2026. */
  private static void seed(ConfigurableApplicationContext app, int instances) throws Exception {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    engine.getRepositoryService().createDeployment().addString(KEY + ".bpmn", TestModels.sop(KEY)
        .lane("ppid-petugas", "Petugas").lane("ppid", "PPID").task("terima", "ppid-petugas").task("periksa", "ppid-petugas")
        .task("putuskan", "ppid").xml()).deploy();
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2026-01-01T00:00:00Z")));
    String template = engine.getRuntimeService().startProcessInstanceByKey(KEY, "TEMPLATE").getId();
    for (int i = 0; i < 3; i++) {
      engine.getTaskService().createTaskQuery().processInstanceId(template).list()
          .forEach(task -> engine.getTaskService().complete(task.getId()));
    }
    ClockUtil.reset();
    long started = System.nanoTime();
    try (Connection connection = app.getBean(DataSource.class).getConnection()) {
      connection.setAutoCommit(false);
      List<Map<String, Object>> procinst = rows(connection, "ACT_HI_PROCINST", template);
      List<Map<String, Object>> actinst = rows(connection, "ACT_HI_ACTINST", template);
      try (PreparedStatement p = insert(connection, "ACT_HI_PROCINST", procinst.get(0));
           PreparedStatement a = insert(connection, "ACT_HI_ACTINST", actinst.get(0))) {
        for (int i = 1; i < instances; i++) {
          String id = "bench-" + i;
          copy(p, procinst.get(0), id, i, Map.of("ID_", id, "BUSINESS_KEY_", "REG-" + i));
          for (Map<String, Object> row : actinst) {
            copy(a, row, id, i, Map.of("ID_", id + ":" + row.get("ID_")));
          }
          if (i % BATCH == 0) {
            p.executeBatch();
            a.executeBatch();
            connection.commit();
          }
        }
        p.executeBatch();
        a.executeBatch();
        connection.commit();
      }
      try (Statement analyze = connection.createStatement()) {
        if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
          analyze.execute("ANALYZE");
          connection.commit();
        }
      }
    }
    System.out.printf("FIGURES xes seeded %,d instances (%d steps each) in %.1f s%n", instances, 3,
        (System.nanoTime() - started) / 1e9);
  }

  private static void export(String kind, int port, String query, long expected) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(before);
    AtomicLong retained = new AtomicLong();
    List<java.lang.management.MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null).toList();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        retained.accumulateAndGet(pools.stream().mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.start();
    long start = System.nanoTime();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/sops/" + KEY + "/log.xes" + query))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
        .GET().build();
    HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
    long bytes = 0;
    long traces = 0;
    byte[] buffer = new byte[64 * 1024];
    byte[] tag = "<trace>".getBytes(StandardCharsets.US_ASCII);
    int matched = 0; // "<trace>" repeats none of its prefixes, so a mismatch restarts the match
    try (InputStream body = response.body()) {
      for (int read; (read = body.read(buffer)) > 0; ) {
        bytes += read;
        for (int i = 0; i < read; i++) {
          matched = buffer[i] == tag[matched] ? matched + 1 : buffer[i] == tag[0] ? 1 : 0;
          if (matched == tag.length) {
            traces++;
            matched = 0;
          }
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    sampler.interrupt();
    sampler.join();
    if (response.statusCode() != 200 || traces != expected) {
      throw new IllegalStateException("export answered " + response.statusCode() + " with " + traces + " traces, not " + expected);
    }
    System.out.printf("FIGURES xes %s %,d traces: %,d bytes in %.1f s (%,.0f traces/s); heap before %d MiB, peak %d MiB,"
            + " most kept after a collection %d MiB, max %d MiB%n", kind, traces, bytes, seconds, traces / seconds,
        before >> 20, peak.get() >> 20, retained.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }

  private static List<Map<String, Object>> rows(Connection connection, String table, String instance) throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + table + " WHERE PROC_INST_ID_ = ?")) {
      select.setString(1, instance);
      try (ResultSet result = select.executeQuery()) {
        ResultSetMetaData meta = result.getMetaData();
        while (result.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            row.put(meta.getColumnName(c).toUpperCase(), result.getObject(c));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  private static PreparedStatement insert(Connection connection, String table, Map<String, Object> row) throws Exception {
    return connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
        + String.join(", ", java.util.Collections.nCopies(row.size(), "?")) + ")");
  }

  /** The row with the new instance id, its own values, and every time moved by {@code seconds}. */
  private static void copy(PreparedStatement insert, Map<String, Object> row, String instance, long seconds,
                           Map<String, Object> own) throws Exception {
    int column = 1;
    for (Map.Entry<String, Object> entry : row.entrySet()) {
      Object value = own.containsKey(entry.getKey()) ? own.get(entry.getKey())
          : entry.getKey().equals("PROC_INST_ID_") || entry.getKey().equals("ROOT_PROC_INST_ID_") ? instance
          : entry.getValue() instanceof Timestamp time ? Timestamp.from(time.toInstant().plusSeconds(seconds))
          : entry.getValue();
      insert.setObject(column++, value);
    }
    insert.addBatch();
  }
}
