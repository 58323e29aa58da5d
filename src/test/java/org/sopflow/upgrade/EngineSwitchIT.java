package org.sopflow.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sopflow.ApiClient;
import org.sopflow.TestModels;

/**
 * An office running the Camunda build switches to the Operaton build on the same database (H2 file
 * and PostgreSQL): a case started on Camunda finishes on Operaton, its deadlines still count, the
 * maladministration log still verifies, the administrators stay administrators and links to
 * Camunda's webapp path lead to the same page. Runs in the Operaton build ({@code -Poperaton}), with
 * the Camunda build's jar beside it ({@code sop.jar.camunda}; .ci/run builds both).
 */
class EngineSwitchIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN = "kominfo-admin";
  private static final String PASSWORD = "Alih-Mesin-2026!";
  private static final String STAFF = "budi:" + PASSWORD;
  private static final String KEY = "sop-alih-mesin";

  @TempDir
  Path folder;

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aCaseBegunBeforeTheSwitchEndsAfterItWithTheLogValidAndTheAdminStillAnAdmin(String database)
      throws Exception {
    Path camundaJar = Path.of(System.getProperty("sop.jar.camunda", "target/missing.jar"));
    if (!Files.isRegularFile(camundaJar) && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException(camundaJar + " is missing: build the Camunda jar first (mvn -B package)");
    }
    assumeThat(camundaJar).as("the Camunda build's jar (mvn -B package -DskipTests)").isRegularFile();
    Path logs = Files.createDirectories(Path.of(System.getProperty("sop.jar")).toAbsolutePath().getParent()
        .resolve("engine-switch"));
    try (Database db = Database.start(database, folder)) {
      String instance;
      try (Node camunda = Node.start(camundaJar, db, folder, logs.resolve(database + "-camunda.log"), true)) {
        ApiClient api = camunda.api();
        assertThat(api.deploy(admin(), "alih-mesin", "alih/mesin.bpmn", model()).statusCode()).isEqualTo(200);
        staff(api);
        instance = JSON.readTree(api.post("/engine-rest/process-definition/key/" + KEY
            + "/tenant-id/diskominfo/start", STAFF, "{\"businessKey\":\"ALIH-1\"}").body()).get("id").asText();
        awaitOverdue(api, instance, 1);
        complete(api, instance, "pertama");
      } // stopped at once: the second step's 2 seconds run out while no engine runs

      try (Node operaton = Node.start(Path.of(System.getProperty("sop.jar")), db, folder,
          logs.resolve(database + "-operaton.log"), false)) {
        ApiClient api = operaton.api();
        awaitOverdue(api, instance, 2);
        complete(api, instance, "kedua");
        JsonNode finished = JSON.readTree(api.get("/engine-rest/history/process-instance/" + instance, admin()).body());
        assertThat(finished.get("state").asText()).isEqualTo("COMPLETED");
        JsonNode log = JSON.readTree(api.get("/api/maladministration/verify", admin()).body());
        assertThat(log.get("valid").asBoolean()).as(log.toString()).isTrue();

        // the admin, made on Camunda and not configured now, is an administrator of the engine's group
        JsonNode groups = JSON.readTree(api.get("/engine-rest/group?member=" + ADMIN, admin()).body());
        assertThat(groups.findValuesAsText("id")).contains("camunda-admin", "operaton-admin"); // operaton-rename: keep
        assertThat(api.get("/engine-rest/user", admin()).statusCode()).isEqualTo(200);

        HttpResponse<String> former = api.get("/camunda/app/tasklist/default/?task=1", null); // operaton-rename: keep
        assertThat(former.statusCode()).isEqualTo(301);
        assertThat(former.headers().firstValue("Location")).hasValue("/operaton/app/tasklist/default/?task=1");
      }
    }
  }

  private static String admin() {
    return ADMIN + ":" + PASSWORD;
  }

  /** Two steps of two seconds each, on a calendar of every hour. */
  private static String model() {
    return TestModels.sop(KEY).processProperty("sop.kalender", "24-jam").lane("ppid", "PPID")
        .task("pertama", "ppid").taskProperty("pertama", "sop.waktu", "PT2S")
        .task("kedua", "ppid").taskProperty("kedua", "sop.waktu", "PT2S").xml();
  }

  private static void staff(ApiClient api) {
    assertThat(api.post("/engine-rest/user/create", admin(), "{\"profile\":{\"id\":\"budi\",\"firstName\":\"Budi\","
        + "\"email\":\"budi@alih.invalid\"},\"credentials\":{\"password\":\"" + PASSWORD + "\"}}").statusCode())
        .isEqualTo(204);
    assertThat(api.put("/engine-rest/group/ppid/members/budi", admin()).statusCode()).isEqualTo(204);
  }

  private static void complete(ApiClient api, String instance, String step) throws IOException {
    JsonNode task = JSON.readTree(api.get("/engine-rest/task?processInstanceId=" + instance, STAFF).body()).get(0);
    assertThat(task.get("taskDefinitionKey").asText()).isEqualTo(step);
    HttpResponse<String> completed =
        api.post("/engine-rest/task/" + task.get("id").asText() + "/complete", STAFF, "{}");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
  }

  /** Waits until the instance has this many passed deadlines in the maladministration log. */
  private static void awaitOverdue(ApiClient api, String instance, int count) throws Exception {
    long until = System.currentTimeMillis() + 60_000;
    int found = 0;
    while (System.currentTimeMillis() < until && found < count) {
      Thread.sleep(500);
      JsonNode page = JSON.readTree(api.get("/api/maladministration?size=100&processDefinitionKey=" + KEY
          + "&rule=STEP_OVERDUE", admin()).body());
      found = 0;
      for (JsonNode event : page.get("events")) {
        found += instance.equals(event.get("processInstanceId").asText()) ? 1 : 0;
      }
    }
    assertThat(found).as("passed deadlines of %s", instance).isEqualTo(count);
  }

  /** The database both builds run on, in turn. */
  private record Database(EmbeddedPostgres postgres, List<String> arguments, Map<String, String> environment)
      implements AutoCloseable {

    static Database start(String kind, Path folder) throws IOException {
      if (kind.equals("h2")) {
        return new Database(null, List.of("--spring.datasource.url=jdbc:h2:file:" + folder.resolve("sopflow")
            + ";DB_CLOSE_ON_EXIT=FALSE"), Map.of());
      }
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      return new Database(postgres, List.of("--spring.profiles.active=postgres"), Map.of("SOP_DB_URL",
          postgres.getJdbcUrl("postgres", "postgres"), "SOP_DB_USER", "postgres",
          "SOP_DB_PASSWORD", "trust-auth-on-loopback")); // embedded PostgreSQL trusts loopback
    }

    @Override
    public void close() throws IOException {
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  /** One {@code java -jar} of a build, on loopback, ready when its start-up work is done. */
  private record Node(Process process, int port) implements AutoCloseable {

    static Node start(Path jar, Database db, Path folder, Path log, boolean withAdminUser) throws Exception {
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
          "-Xmx512m", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
          "--server.address=127.0.0.1", "--sop.processes.deploy=live", "--sop.deadlines.detection-interval=PT1S",
          "--sop.event-chain.checkpoint-file=" + folder.resolve("checkpoints")));
      if (withAdminUser) {
        // only the first start makes the admin, as an operator does once (both engines' setting names)
        for (String engine : List.of("camunda", "operaton")) { // operaton-rename: keep
          command.add("--" + engine + ".bpm.admin-user.id=" + ADMIN);
          command.add("--" + engine + ".bpm.admin-user.password=" + PASSWORD);
        }
      }
      command.addAll(db.arguments());
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().putAll(db.environment());
      Node node = new Node(builder.start(), port);
      node.awaitReady(log);
      return node;
    }

    ApiClient api() {
      return new ApiClient(port);
    }

    private void awaitReady(Path log) throws Exception {
      long until = System.currentTimeMillis() + 180_000;
      while (System.currentTimeMillis() < until && process.isAlive()) {
        try {
          if (api().get("/actuator/health/readiness", null).statusCode() == 200) {
            return;
          }
        } catch (RuntimeException notYet) {
          // not listening yet
        }
        Thread.sleep(1000);
      }
      close();
      throw new IllegalStateException("node on port " + port + " not ready; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }
}
