package org.sopflow.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Start-up and memory of the packaged jar with the whole catalogue: the time from launching the JVM
 * until {@code GET /api/sops} answers 200, on a fresh H2 file and again on the same file (models
 * already deployed), then the heap in use after a full GC at idle ({@code jcmd GC.run},
 * {@code GC.heap_info}). Several rounds; prints min / median / max. Targets: 12 s and 300 MB.
 */
public final class StartupBenchmark {

  private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");
  private static final Pattern KEY = Pattern.compile("\"key\"");

  private StartupBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int rounds = Integer.getInteger("benchmark.rounds", 3);
    List<Path> jars = jars();
    Map<Path, List<String>> plain = new LinkedHashMap<>();
    jars.forEach(jar -> plain.put(jar, List.of("-jar", jar.toString())));
    report(jars, "", measure(plain, rounds, true));
    if (!Boolean.getBoolean("benchmark.startup.skipCds")) {
      Map<Path, List<String>> withArchive = new LinkedHashMap<>();
      for (int i = 0; i < jars.size(); i++) {
        withArchive.put(jars.get(i), classDataSharing(jars.get(i), i));
      }
      report(jars, " with a CDS archive (extracted jar, -XX:SharedArchiveFile)", measure(withArchive, rounds, false));
    }
  }

  /** Start-up times (and the idle heap) per jar. */
  private record Starts(Map<Path, List<Double>> fresh, Map<Path, List<Double>> existing, Map<Path, List<Double>> heap) {
  }

  /**
   * Each round starts every jar on a fresh H2 file, then again on the same file; side by side: the
   * jars alternate within a round, so the machine's drift hits each alike.
   */
  private static Starts measure(Map<Path, List<String>> launches, int rounds, boolean withHeap) throws Exception {
    Starts starts = new Starts(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<Path, List<String>> launch : launches.entrySet()) {
        Path jar = launch.getKey();
        Path data = Files.createTempDirectory("sopflow-startup-");
        starts.fresh().computeIfAbsent(jar, j -> new ArrayList<>()).add(startAndStop(launch.getValue(), data, null));
        starts.existing().computeIfAbsent(jar, j -> new ArrayList<>()).add(startAndStop(launch.getValue(), data,
            withHeap ? starts.heap().computeIfAbsent(jar, j -> new ArrayList<>()) : null));
      }
    }
    return starts;
  }

  private static void report(List<Path> jars, String how, Starts starts) {
    for (Path jar : jars) {
      System.out.printf("FIGURES start-up %s%s, %d cores, Java %s: fresh H2 file %s s; existing H2 file %s s%s%n", jar, how,
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), spread(starts.fresh().get(jar)),
          spread(starts.existing().get(jar)), starts.heap().containsKey(jar)
              ? "; heap after full GC at idle " + spread(starts.heap().get(jar)) + " MB" : "");
    }
    if (jars.size() == 2) {
      System.out.printf("FIGURES start-up%s %s / %s, ratio of medians: fresh %.2f, existing %.2f%n", how,
          jars.get(1), jars.get(0), median(starts.fresh().get(jars.get(1))) / median(starts.fresh().get(jars.get(0))),
          median(starts.existing().get(jars.get(1))) / median(starts.existing().get(jars.get(0))));
    }
  }

  /**
   * Spring Boot's class data sharing recipe: the jar extracted ({@code -Djarmode=tools extract}),
   * one training run that exits after the context refresh and writes the archive; the launch that
   * reads it ({@code -XX:SharedArchiveFile}).
   */
  private static List<String> classDataSharing(Path jar, int index) throws Exception {
    Path extracted = Path.of("target", "startup-cds", index + "-" + jar.getFileName().toString().replace(".jar", ""));
    run(List.of("java", "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force", "--destination",
        extracted.toString()));
    Path app = extracted.resolve(jar.getFileName());
    Path archive = extracted.resolve("application.jsa");
    Path training = Files.createTempDirectory("sopflow-cds-training-");
    run(List.of("java", "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar", app.toString(),
        "--spring.profiles.active=demo", "--server.port=0", "--spring.datasource.url=jdbc:h2:file:"
            + training.resolve("sopflow") + ";DB_CLOSE_ON_EXIT=FALSE", "--logging.level.root=WARN"));
    return List.of("-XX:SharedArchiveFile=" + archive, "-jar", app.toString());
  }

  private static void run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("failed (exit " + process.exitValue() + "): " + String.join(" ", command));
    }
  }

  /** Seconds from launch to ready; measures the idle heap into {@code heap} when given. */
  private static double startAndStop(List<String> launch, Path data, List<Double> heap) throws Exception {
    int port = 18_080 + (int) (System.nanoTime() % 500);
    List<String> command = new ArrayList<>(List.of("java"));
    command.addAll(launch);
    command.addAll(List.of("--spring.profiles.active=demo", "--server.port=" + port,
        "--spring.datasource.url=jdbc:h2:file:" + data.resolve("sopflow") + ";DB_CLOSE_ON_EXIT=FALSE",
        "--logging.level.root=WARN"));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true).redirectOutput(data.resolve("app.log").toFile()).start();
    try {
      awaitReady(port, process);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (heap != null) {
        Thread.sleep(5_000);
        jcmd(process.pid(), "GC.run");
        heap.add(usedHeapMegabytes(jcmd(process.pid(), "GC.heap_info")));
      }
      return seconds;
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  /** Ready when {@code /api/sops} lists every SOP of {@code processes/}, so a start that answers early is not counted short. */
  private static void awaitReady(int port, Process process) throws Exception {
    long sops = catalogueSize();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/sops"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
        .timeout(Duration.ofSeconds(2)).GET().build();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the application stopped during start-up");
      }
      try {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200 && KEY.matcher(answer.body()).results().count() >= sops) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("not ready within 120 s");
  }

  private static String jcmd(long pid, String command) throws Exception {
    Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
    String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    jcmd.waitFor();
    return output;
  }

  private static double usedHeapMegabytes(String heapInfo) {
    Matcher used = HEAP_USED.matcher(heapInfo);
    if (!used.find()) {
      throw new IllegalStateException("no heap figure in: " + heapInfo);
    }
    return Long.parseLong(used.group(1)) / 1024.0;
  }

  private static String spread(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return String.format("%.1f / %.1f / %.1f", sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
  }

  private static double median(List<Double> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
  }

  private static long catalogueSize() throws IOException {
    try (Stream<Path> files = Files.walk(org.sopflow.SopTestEngine.CITY)) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).count();
    }
  }

  /** {@code -Dbenchmark.startup.jars=a.jar,b.jar} compares two builds side by side; by default the packaged jar. */
  private static List<Path> jars() throws IOException {
    String listed = System.getProperty("benchmark.startup.jars", "");
    if (!listed.isBlank()) {
      return Arrays.stream(listed.split(",")).map(String::trim).map(Path::of).toList();
    }
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return List.of(files.filter(file -> file.getFileName().toString().matches("sopflow-.*\\.jar")
          && !file.getFileName().toString().endsWith("-plain.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no target/sopflow-*.jar: run mvn -Pbenchmark verify (it packages first)")));
    }
  }
}
