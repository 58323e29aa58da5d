package org.sopflow.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sopflow.benchmark.OverheadRun.Database;
import org.sopflow.benchmark.OverheadRun.Variant;

/**
 * The overhead of {@link OverheadBenchmark}, measured with the variants alternating in one JVM: each
 * variant's engine on its own database of one server (PostgreSQL) or its own H2 file, served in
 * blocks of instances taking turns, so that every variant runs at nearly the same moment as the
 * others. On a shared machine whose speed drifts by a quarter between runs, the ratio of two
 * neighbouring blocks is far steadier than the ratio of two separate runs; the price is that the
 * engines share one JIT, so each variant runs on code compiled for all of them.
 *
 * <p>Prints, per variant, instances/s over the timed blocks and CPU per instance, and for every pair x/y
 * (x listed before y) the min / median / max over the cycles (one block of each variant) and the ratio of
 * the totals.
 * {@code mvn -B -Pbenchmark exec:exec@interleaved} (see docs/benchmarks.md).
 */
public final class InterleavedOverheadBenchmark {

  private InterleavedOverheadBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int warmUp = Integer.getInteger("benchmark.warmup", 5000);
    int measured = Integer.getInteger("benchmark.measured", 3000);
    int block = Integer.getInteger("benchmark.block", 100);
    String[] databases = System.getProperty("benchmark.databases", "h2,postgres").split(",");
    List<String> variants = List.of(System.getProperty("benchmark.variants", "a,b,c,d").split(","));
    System.out.printf("Machine: %d cores, %s %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf("Method: one JVM, variants %s each on its own database, taking turns in blocks of %d"
        + " instances (order rotating); %d instances warm-up and %d timed per variant; 1 client thread%n",
        variants, block, warmUp, measured);
    for (String database : databases) {
      run(database, variants, warmUp / block, measured / block, block);
    }
  }

  private static void run(String database, List<String> variants, int warmUpCycles, int timedCycles, int block)
      throws Exception {
    try (Database server = Database.start(database)) {
      Map<String, Variant> engines = new LinkedHashMap<>();
      try {
        for (String variant : variants) {
          engines.put(variant, Variant.start(variant, server.beside("variant_" + variant)));
        }
        CpuClock cpu = CpuClock.of(server.url(), server.user(), server.password());
        cycles(engines, warmUpCycles, block, cpu);
        List<Map<String, Block>> timed = cycles(engines, timedCycles, block, cpu);
        print(database, variants, timed);
      } finally {
        engines.values().forEach(Variant::close);
      }
    }
  }

  /** One block's wall time and CPU, JVM and database, in milliseconds. */
  record Block(int instances, double wallMillis, long jvmMillis, long databaseMillis) {

    double rate() {
      return instances * 1000 / wallMillis;
    }
  }

  /** {@code count} cycles, each one block of every variant, the order rotating by one per cycle. */
  private static List<Map<String, Block>> cycles(Map<String, Variant> engines, int count, int block, CpuClock cpu)
      throws Exception {
    List<String> order = new ArrayList<>(engines.keySet());
    List<Map<String, Block>> cycles = new ArrayList<>();
    for (int cycle = 0; cycle < count; cycle++) {
      Map<String, Block> blocks = new LinkedHashMap<>();
      for (String variant : order) {
        long db = cpu.databaseMillis(); // reading /proc costs JVM time: outside the JVM's figure
        long jvm = cpu.jvmMillis();
        long start = System.nanoTime();
        engines.get(variant).serve(block);
        double wall = (System.nanoTime() - start) / 1e6;
        long jvmSpent = cpu.jvmMillis() - jvm;
        blocks.put(variant, new Block(block, wall, jvmSpent, cpu.databaseMillis() - db));
      }
      cycles.add(blocks);
      order.add(order.remove(0));
    }
    return cycles;
  }

  private static void print(String database, List<String> variants, List<Map<String, Block>> cycles) {
    System.out.printf("%n%s, %d timed cycles: instances/s over all timed blocks (per block min / median / max);"
        + " CPU ms per instance, JVM + database%n", database, cycles.size());
    for (String variant : variants) {
      List<Block> blocks = cycles.stream().map(cycle -> cycle.get(variant)).toList();
      List<Double> rates = sorted(blocks.stream().map(Block::rate).toList());
      int instances = blocks.stream().mapToInt(Block::instances).sum();
      double jvm = blocks.stream().mapToLong(Block::jvmMillis).sum() / (double) instances;
      double db = blocks.stream().mapToLong(Block::databaseMillis).sum() / (double) instances;
      System.out.printf("  (%s) %.1f (%.1f / %.1f / %.1f); CPU %.2f + %.2f = %.2f ms%n", variant, rate(blocks),
          rates.get(0), OverheadBenchmark.median(rates), rates.get(rates.size() - 1), jvm, db, jvm + db);
    }
    for (int i = 0; i < variants.size(); i++) {
      for (String other : variants.subList(i + 1, variants.size())) {
        printRatio(cycles, variants.get(i), other);
      }
    }
    System.out.println();
  }

  /** x/y per cycle (min / median / max) and of the totals. */
  private static void printRatio(List<Map<String, Block>> cycles, String x, String y) {
    List<Double> ratios = sorted(cycles.stream().map(cycle -> cycle.get(x).rate() / cycle.get(y).rate()).toList());
    System.out.printf("  %s/%s per cycle %.2f / %.2f / %.2f (min / median / max), of the totals %.2f%n", x, y,
        ratios.get(0), OverheadBenchmark.median(ratios), ratios.get(ratios.size() - 1),
        rate(cycles.stream().map(cycle -> cycle.get(x)).toList())
            / rate(cycles.stream().map(cycle -> cycle.get(y)).toList()));
  }

  private static double rate(List<Block> blocks) {
    return blocks.stream().mapToInt(Block::instances).sum() * 1000
        / blocks.stream().mapToDouble(Block::wallMillis).sum();
  }

  private static List<Double> sorted(List<Double> values) {
    return values.stream().sorted().toList();
  }
}
