package org.sopflow.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.sopflow.ApiClient;

/**
 * Staff at work over HTTP: client threads start and complete SOP instances across both nodes,
 * each on the node the previous step did not use, and complete some tasks a second time. When a
 * node does not answer, the client repeats the step on the other node, first looking up by
 * business key what the lost request may already have done, so no instance is started twice.
 */
final class LoadDriver {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final LocalCluster cluster;
  private final String key;
  private final String user;
  final AtomicInteger completed = new AtomicInteger();
  final AtomicInteger secondCompletionsRefused = new AtomicInteger();
  final AtomicInteger failovers = new AtomicInteger();
  final Map<Integer, AtomicLong> requestsPerNode = Map.of(1, new AtomicLong(), 2, new AtomicLong());
  final Map<String, String> instanceByBusinessKey = new ConcurrentHashMap<>();

  LoadDriver(LocalCluster cluster, String key, String user) {
    this.cluster = cluster;
    this.key = key;
    this.user = user;
  }

  /** Runs {@code count} instances on {@code threads} client threads; returns the seconds taken. */
  double run(String prefix, int count, int threads) throws InterruptedException {
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int i = 0; i < count; i++) {
      int number = i;
      pool.submit(() -> serve(prefix + "-" + number, 1 + number % 2, number % 10 == 0));
    }
    pool.shutdown();
    if (!pool.awaitTermination(15, TimeUnit.MINUTES)) {
      throw new IllegalStateException("load did not finish in 15 minutes");
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private void serve(String businessKey, int firstNode, boolean completeTwice) {
    try {
      String instance = withFailover(firstNode, node -> startOnce(node, businessKey));
      instanceByBusinessKey.put(businessKey, instance);
      int otherNode = 3 - firstNode;
      String task = withFailover(otherNode, node -> taskOf(node, instance));
      withFailover(otherNode, node -> complete(node, task));
      completed.incrementAndGet();
      if (completeTwice) {
        HttpResponse<String> again = post(firstNode, "/engine-rest/task/" + task + "/complete", "{}");
        if (again.statusCode() >= 400) {
          secondCompletionsRefused.incrementAndGet();
        }
      }
    } catch (RuntimeException e) {
      System.err.println("load: " + businessKey + " failed: " + e);
    }
  }

  private String startOnce(int node, String businessKey) {
    JsonNode existing = json(get(node, "/engine-rest/process-instance?businessKey=" + businessKey));
    if (existing.size() > 0) {
      return existing.get(0).get("id").asText();
    }
    JsonNode done = json(get(node, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + businessKey));
    if (done.size() > 0) {
      return done.get(0).get("id").asText();
    }
    HttpResponse<String> started = post(node, "/engine-rest/process-definition/key/" + key + "/tenant-id/diskominfo/start",
        "{\"businessKey\":\"" + businessKey + "\"}");
    ensure(started, 200);
    return json(started).get("id").asText();
  }

  private String taskOf(int node, String instance) {
    JsonNode history = json(get(node, "/engine-rest/history/task?processInstanceId=" + instance));
    ensure(history.size() == 1, "one task for " + instance + " but " + history.size());
    return history.get(0).get("id").asText();
  }

  private String complete(int node, String task) {
    JsonNode history = json(get(node, "/engine-rest/history/task?taskId=" + task));
    if (history.size() == 1 && !history.get(0).get("endTime").isNull()) {
      return task;
    }
    ensure(post(node, "/engine-rest/task/" + task + "/complete", "{}"), 204);
    return task;
  }

  private String withFailover(int node, java.util.function.IntFunction<String> step) {
    RuntimeException last = null;
    for (int attempt = 0; attempt < 20; attempt++) {
      int target = attempt % 2 == 0 ? node : 3 - node;
      try {
        return step.apply(target);
      } catch (UncheckedIOException | IllegalStateException e) {
        last = e;
        failovers.incrementAndGet();
        sleep(250);
      }
    }
    throw last;
  }

  private HttpResponse<String> get(int node, String path) {
    requestsPerNode.get(node).incrementAndGet();
    return cluster.node(node).get(path, user);
  }

  private HttpResponse<String> post(int node, String path, String body) {
    requestsPerNode.get(node).incrementAndGet();
    return cluster.node(node).post(path, user, body);
  }

  private static JsonNode json(HttpResponse<String> response) {
    ensure(response, 200);
    try {
      return JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void ensure(HttpResponse<String> response, int status) {
    ensure(response.statusCode() == status, response.statusCode() + " " + response.body());
  }

  private static void ensure(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
