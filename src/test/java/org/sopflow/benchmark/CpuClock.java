package org.sopflow.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * CPU time spent by this JVM and by the PostgreSQL server it talks to (postmaster, its live
 * backends, and the backends it has reaped), read from {@code /proc}. On a shared 2-core machine
 * whose speed drifts, CPU time per instance is steadier than instances per second, and it shows
 * whether a cost is the engine's (JVM) or the database's.
 */
final class CpuClock {

  private static final double TICKS_PER_MS = 100 / 1000.0; // USER_HZ is 100 on Linux

  private final long postmaster;

  private CpuClock(long postmaster) {
    this.postmaster = postmaster;
  }

  /** For a PostgreSQL URL, finds the postmaster as the parent of one backend; otherwise JVM only. */
  static CpuClock of(String jdbcUrl, String user, String password) throws SQLException, IOException {
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      return new CpuClock(-1);
    }
    try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
         Statement statement = connection.createStatement();
         ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
      row.next();
      return new CpuClock(Long.parseLong(stat(row.getLong(1))[3]));
    }
  }

  long jvmMillis() {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return os.getProcessCpuTime() / 1_000_000;
  }

  /** 0 when the database runs in this JVM (H2). */
  long databaseMillis() throws IOException {
    if (postmaster < 0) {
      return 0;
    }
    String[] own = stat(postmaster);
    long ticks = ticks(own, 13) + ticks(own, 14) + ticks(own, 15) + ticks(own, 16);
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process : (Iterable<Path>) processes::iterator) {
        String name = process.getFileName().toString();
        if (name.chars().allMatch(Character::isDigit)) {
          String[] child = statOrNull(Long.parseLong(name));
          if (child != null && Long.parseLong(child[3]) == postmaster) {
            ticks += ticks(child, 13) + ticks(child, 14);
          }
        }
      }
    }
    return Math.round(ticks / TICKS_PER_MS);
  }

  private static long ticks(String[] stat, int field) {
    return Long.parseLong(stat[field]);
  }

  /** The fields of /proc/PID/stat, numbered from 0 = pid, after the command name. */
  private static String[] stat(long pid) throws IOException {
    String line = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
    String[] rest = line.substring(line.lastIndexOf(')') + 2).split(" ");
    String[] fields = new String[rest.length + 2];
    System.arraycopy(rest, 0, fields, 2, rest.length);
    return fields;
  }

  private static String[] statOrNull(long pid) {
    try {
      return stat(pid);
    } catch (IOException e) {
      return null; // the process ended while we looked
    }
  }
}
