package org.sopflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sopflow.TestModels;

/**
 * Load, a node killed with SIGKILL, and a database outage on two nodes over PostgreSQL. Afterwards
 * every instance ended exactly once, no task was completed twice, every passed deadline is in the
 * log once, and the log's chain verifies. Figures are printed for the closing note.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFaultIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KEY = "sop-beban";
  private static final String BUDI = "budi:Sandi-Rahasia-2026";
  private static final int LOAD = Integer.getInteger("sop.load.instances", 2000);
  private static LocalCluster cluster;

  @BeforeAll
  static void startCluster() throws Exception {
    cluster = LocalCluster.start("cluster-fault-it", "--sop.deadlines.detection-interval=PT1S");
    HttpResponse<String> user = cluster.node(1).post("/engine-rest/user/create", cluster.admin(),
        "{\"profile\":{\"id\":\"budi\",\"firstName\":\"Budi\"},\"credentials\":{\"password\":\"Sandi-Rahasia-2026\"}}");
    assertThat(user.statusCode()).as(user.body()).isEqualTo(204);
    assertThat(cluster.node(1).put("/engine-rest/group/ppid-petugas/members/budi", cluster.admin()).statusCode())
        .isEqualTo(204);
    // A 24-jam step of 2 seconds: slow completions race the detectors of both nodes for STEP_OVERDUE.
    String model = TestModels.sop(KEY).processProperty("sop.kalender", "24-jam").lane("ppid-petugas", "Petugas")
        .task("layani", "ppid-petugas").taskProperty("layani", "sop.waktu", "PT2S").xml();
    assertThat(cluster.node(1).deploy(cluster.admin(), "beban", "beban.bpmn", model).statusCode()).isEqualTo(200);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void eightClientsServeTheLoadAcrossBothNodesAndEverythingAddsUp() throws Exception {
    LoadDriver load = new LoadDriver(cluster, KEY, BUDI);
    double seconds = load.run("BEBAN", LOAD, 8);

    report("load", load, seconds);
    assertThat(load.completed.get()).isEqualTo(LOAD);
    assertThat(load.secondCompletionsRefused.get()).isEqualTo((LOAD + 9) / 10);
    assertEveryInstanceServedOnce(load.instanceByBusinessKey.values());
    assertTheLogHasNoDuplicateAndVerifies();
  }

  @Test
  @Order(2)
  void theSurvivorCarriesOnWhenANodeIsKilledAndDeadlinesPassedMeanwhileAreRecordedOnce() throws Exception {
    List<String> waiting = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      waiting.add(startAsBudi(1 + i % 2));
    }
    LoadDriver load = new LoadDriver(cluster, KEY, BUDI);
    Thread killer = new Thread(() -> {
      try {
        while (load.completed.get() < 150) {
          Thread.sleep(50);
        }
        cluster.script("kill", "2");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    killer.start();
    double seconds = load.run("KILL", 600, 8);
    killer.join();
    report("kill", load, seconds);

    long restart = System.nanoTime();
    cluster.script("start-node", "2");
    System.out.printf("FIGURES restart: node 2 ready again %.1f s after start-node%n", (System.nanoTime() - restart) / 1e9);

    assertThat(load.completed.get()).isEqualTo(600);
    assertThat(load.failovers.get()).isPositive();
    assertEveryInstanceServedOnce(load.instanceByBusinessKey.values());
    assertThat(overdueEventsPerInstance()).as("STEP_OVERDUE of the waiting instances")
        .containsAllEntriesOf(ones(waiting));
    assertTheLogHasNoDuplicateAndVerifies();
  }

  @Test
  @Order(3)
  void theEngineRecoversFromADatabaseOutageWithoutARestart() throws Exception {
    List<String> waiting = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      waiting.add(startAsBudi(1 + i % 2));
    }
    cluster.script("pg-stop");
    long outage = System.nanoTime();
    HttpResponse<String> during = cluster.node(1).get("/engine-rest/task?processDefinitionKey=" + KEY, BUDI);
    assertThat(during.statusCode()).as("a request during the outage").isGreaterThanOrEqualTo(500);
    Thread.sleep(Math.max(0, 20_000 - (System.nanoTime() - outage) / 1_000_000));
    cluster.script("pg-start");

    long recovered = System.nanoTime();
    int[] nodes = {1, 2};
    for (int node : nodes) {
      awaitSuccess(node);
    }
    System.out.printf("FIGURES outage: both nodes answer again %.1f s after PostgreSQL is back%n",
        (System.nanoTime() - recovered) / 1e9);
    long waitUntil = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < waitUntil && !overdueEventsPerInstance().keySet().containsAll(waiting)) {
      Thread.sleep(500);
    }
    assertThat(overdueEventsPerInstance()).containsAllEntriesOf(ones(waiting));
    assertThat(startAsBudi(2)).isNotBlank();
    assertTheLogHasNoDuplicateAndVerifies();
  }

  private static void awaitSuccess(int node) throws InterruptedException {
    long until = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < until) {
      try {
        if (cluster.node(node).get("/engine-rest/task?processDefinitionKey=" + KEY, BUDI).statusCode() == 200) {
          return;
        }
      } catch (RuntimeException e) {
        // not yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("node " + node + " did not recover within 60 s");
  }

  private static void assertEveryInstanceServedOnce(java.util.Collection<String> instances) throws Exception {
    for (String instance : instances) {
      JsonNode history = json(cluster.node(1).get("/engine-rest/history/process-instance?processInstanceId="
          + instance, cluster.admin()));
      assertThat(history).as("instance %s", instance).hasSize(1);
      assertThat(history.get(0).get("state").asText()).as("instance %s", instance).isEqualTo("COMPLETED");
      JsonNode tasks = json(cluster.node(2).get("/engine-rest/history/task?processInstanceId=" + instance,
          cluster.admin()));
      assertThat(tasks).as("tasks of %s", instance).hasSize(1);
      assertThat(tasks.get(0).get("deleteReason").asText()).isEqualTo("completed");
    }
  }

  private static void assertTheLogHasNoDuplicateAndVerifies() throws Exception {
    long total = json(cluster.node(1).get("/api/maladministration?size=1&processDefinitionKey=" + KEY,
        cluster.admin())).get("total").asLong();
    Set<String> seen = new HashSet<>();
    int page = 0;
    for (long read = 0; read < total; page++) {
      JsonNode events = json(cluster.node(1).get("/api/maladministration?size=1000&page=" + page + "&processDefinitionKey="
          + KEY, cluster.admin())).get("events");
      for (JsonNode event : events) {
        String identity = event.get("rule").asText() + "/" + event.get("taskId").asText() + "/"
            + event.get("processInstanceId").asText();
        assertThat(seen.add(identity)).as("duplicate event %s", identity).isTrue();
        read++;
      }
    }
    JsonNode verification = json(cluster.node(2).get("/api/maladministration/verify", cluster.admin()));
    assertThat(verification.get("valid").asBoolean()).as(verification.toString()).isTrue();
    System.out.printf("FIGURES log: %d events of %s, chain of %d events valid%n", total, KEY,
        verification.get("events").asLong());
  }

  private static Map<String, Integer> overdueEventsPerInstance() throws Exception {
    Map<String, Integer> counts = new HashMap<>();
    long total = Long.MAX_VALUE;
    for (int page = 0; (long) page * 1000 < total; page++) {
      JsonNode result = json(cluster.node(1).get("/api/maladministration?size=1000&page=" + page
          + "&rule=STEP_OVERDUE&processDefinitionKey=" + KEY, cluster.admin()));
      total = result.get("total").asLong();
      result.get("events").forEach(e -> counts.merge(e.get("processInstanceId").asText(), 1, Integer::sum));
    }
    return counts;
  }

  private static Map<String, Integer> ones(List<String> instances) {
    Map<String, Integer> ones = new HashMap<>();
    instances.forEach(instance -> ones.put(instance, 1));
    return ones;
  }

  private static String startAsBudi(int node) throws Exception {
    HttpResponse<String> started = cluster.node(node).post("/engine-rest/process-definition/key/" + KEY + "/tenant-id/diskominfo/start",
        BUDI, "{}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return JSON.readTree(started.body()).get("id").asText();
  }

  private static void report(String name, LoadDriver load, double seconds) {
    long node1 = load.requestsPerNode.get(1).get();
    long node2 = load.requestsPerNode.get(2).get();
    System.out.printf("FIGURES %s: %d instances in %.1f s = %.1f instances/s; requests node 1 %d (%.1f/s),"
            + " node 2 %d (%.1f/s); failovers %d; second completions refused %d%n", name, load.completed.get(),
        seconds, load.completed.get() / seconds, node1, node1 / seconds, node2, node2 / seconds,
        load.failovers.get(), load.secondCompletionsRefused.get());
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
