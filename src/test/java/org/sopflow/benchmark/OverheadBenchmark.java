package org.sopflow.benchmark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the SOP layer costs: (a) the SOP layer on, (b) plain Camunda on the bare model, (c) plain
 * Camunda on the model a Camunda expert would write for the same behaviour, (d) plain Camunda on the
 * bare model with candidate groups alone (splits a/b into Camunda's price of roles and the SOP
 * layer's own). Each run is its own
 * JVM with the same -Xmx; variants alternate within a round; min / median / max over the rounds
 * and the ratios of medians are printed.
 *
 * <p>{@code mvn -B -Pbenchmark verify -Dbenchmark.rounds=3 -Dbenchmark.warmup=5000
 * -Dbenchmark.measured=3000 -Dbenchmark.databases=h2,postgres} (see docs/benchmarks.md).
 */
public final class OverheadBenchmark {

  private static final Map<String, String> RATIO_MEANING = Map.of("b", ", target >= 0.90", "c", ", target >= 1.0",
      "d", ", the SOP layer against candidate groups alone", "e", ", against candidate groups without their history",
      "f", ", against itself without the history of candidate groups");

  private OverheadBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int rounds = Integer.getInteger("benchmark.rounds", 3);
    int warmUp = Integer.getInteger("benchmark.warmup", 5000);
    int measured = Integer.getInteger("benchmark.measured", 3000);
    String[] databases = System.getProperty("benchmark.databases", "h2,postgres").split(",");
    String[] variants = System.getProperty("benchmark.variants", "a,b,c,d").split(",");
    String[] threadCounts = System.getProperty("benchmark.threads", "1").split(",");
    System.out.printf("Machine: %d cores, %s %s, max heap per run -Xmx512m%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
        System.getProperty("java.version"));
    System.out.printf("Method: per run one JVM, %d instances warm-up, then %d timed, split over the client"
        + " threads; reference SOP of 5 user tasks over 3 lanes; %d rounds, variants alternating%n", warmUp, measured,
        rounds);
    for (String database : databases) {
      for (String threads : threadCounts) {
        Map<String, List<Run>> results = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
          List<String> order = new ArrayList<>(List.of(variants));
          if (round % 2 == 1) {
            java.util.Collections.reverse(order);
          }
          for (String variant : order) {
            Run run = run(variant, database, warmUp, measured, threads);
            results.computeIfAbsent(variant, v -> new ArrayList<>()).add(run);
            System.out.printf("  %s, %s thread(s), round %d variant %s: %.1f instances/s, CPU per instance %.2f ms"
                + " JVM + %.2f ms database%n", database, threads, round + 1, variant, run.rate(), run.jvmMillis(),
                run.databaseMillis());
          }
        }
        print(database + ", " + threads + " client thread(s)", results);
      }
    }
  }

  /** One run's throughput and CPU milliseconds per timed instance (database: 0 on H2, in the JVM). */
  record Run(double rate, double jvmMillis, double databaseMillis) {

    double cpuMillis() {
      return jvmMillis + databaseMillis;
    }
  }

  private static Run run(String variant, String database, int warmUp, int measured, String threads)
      throws Exception {
    Process process = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-Xmx512m", "-cp",
        System.getProperty("java.class.path"), OverheadRun.class.getName(), variant, database,
        String.valueOf(warmUp), String.valueOf(measured), threads).redirectErrorStream(true).start();
    Run result = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("RESULT ")) {
          String[] figures = line.substring(7).split(" ");
          result = new Run(Double.parseDouble(figures[0]), Double.parseDouble(figures[1]),
              Double.parseDouble(figures[2]));
        }
      }
    }
    if (process.waitFor() != 0 || result == null) {
      throw new IllegalStateException("run " + variant + " on " + database + " failed (exit " + process.exitValue() + ")");
    }
    return result;
  }

  private static void print(String database, Map<String, List<Run>> results) {
    System.out.printf("%n%s: instances/s (min / median / max); CPU ms per instance, medians: JVM + database = total%n",
        database);
    Map<String, Double> rates = new LinkedHashMap<>();
    Map<String, Double> cpu = new LinkedHashMap<>();
    for (var entry : results.entrySet()) {
      List<Double> sorted = entry.getValue().stream().map(Run::rate).sorted().toList();
      rates.put(entry.getKey(), median(sorted));
      cpu.put(entry.getKey(), median(entry.getValue().stream().map(Run::cpuMillis).sorted().toList()));
      System.out.printf("  (%s) %.1f / %.1f / %.1f; CPU %.2f + %.2f = %.2f ms%n", entry.getKey(), sorted.get(0),
          median(sorted), sorted.get(sorted.size() - 1),
          median(entry.getValue().stream().map(Run::jvmMillis).sorted().toList()),
          median(entry.getValue().stream().map(Run::databaseMillis).sorted().toList()), cpu.get(entry.getKey()));
    }
    if (rates.containsKey("a")) {
      for (String other : rates.keySet()) {
        if (!other.equals("a")) {
          System.out.printf("  a/%s = %.2f by throughput, %.2f by CPU per instance (%s's CPU over a's)%s%n", other,
              rates.get("a") / rates.get(other), cpu.get(other) / cpu.get("a"), other, RATIO_MEANING.getOrDefault(other, ""));
        }
      }
      System.out.println();
    }
  }

  static double median(List<Double> sorted) {
    return sorted.get(sorted.size() / 2);
  }
}
