package org.sopflow.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.sopflow.ApiClient;

/**
 * The docker-compose topology started the way docs/operating.md ("A cluster") does it, with
 * {@code scripts/cluster-local.sh}: PostgreSQL and two {@code java -jar} nodes on loopback.
 */
final class LocalCluster implements AutoCloseable {

  static final String ADMIN = "kominfo-admin";
  private final Path directory;
  private final int[] nodePorts;
  private final Map<Integer, ApiClient> clients = new java.util.HashMap<>();
  // what Camunda's password policy asks: upper and lower case, a digit, a special character
  private final String adminPassword = "Cluster-" + Long.toHexString(System.nanoTime()) + "-9";
  private final Map<String, String> environment;

  private LocalCluster(Path directory, int pgPort, int[] nodePorts, String nodeArgs) {
    this.directory = directory;
    this.nodePorts = nodePorts;
    this.environment = Map.of("SOP_CLUSTER_DIR", directory.toString(), "SOP_PG_PORT", String.valueOf(pgPort),
        "SOP_NODE_PORTS", nodePorts[0] + " " + nodePorts[1], "SOP_JAR", System.getProperty("sop.jar"),
        "SOP_ADMIN_USER", ADMIN, "SOP_ADMIN_PASSWORD", adminPassword, "SOP_NODE_ARGS",
        // the catalogue runs as shipped, without the approval of each SOP (pembaruan SOP)
        "--sop.processes.deploy=live " + nodeArgs,
        "SOP_JAVA_OPTS", "-Xmx384m");
  }

  static LocalCluster start(String name, String nodeArgs) throws Exception {
    Path directory = Path.of("target", name).toAbsolutePath();
    deleteRecursively(directory);
    LocalCluster cluster = new LocalCluster(directory, freePort(), new int[] {freePort(), freePort()}, nodeArgs);
    try {
      cluster.script("start");
    } catch (Exception e) {
      cluster.script("stop");
      throw e;
    }
    return cluster;
  }

  /** One client per node for the whole run: a client per request would exhaust the file descriptors under load. */
  synchronized ApiClient node(int number) {
    return clients.computeIfAbsent(number, n -> new ApiClient(nodePorts[n - 1]));
  }

  String admin() {
    return ADMIN + ":" + adminPassword;
  }

  void script(String... arguments) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command(arguments)).redirectErrorStream(true)
        .redirectOutput(directory.resolveSibling(directory.getFileName() + "-script.log").toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(6, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException("scripts/cluster-local.sh " + String.join(" ", arguments) + " failed; see "
          + directory.resolveSibling(directory.getFileName() + "-script.log") + " and the node logs in " + directory);
    }
  }

  @Override
  public void close() throws Exception {
    script("stop");
  }

  private static List<String> command(String... arguments) {
    List<String> command = new java.util.ArrayList<>(List.of("bash", "scripts/cluster-local.sh"));
    command.addAll(List.of(arguments));
    return command;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (var paths = Files.walk(directory)) {
        paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
      }
    }
  }
}
