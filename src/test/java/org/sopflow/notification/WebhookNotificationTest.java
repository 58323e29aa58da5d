package org.sopflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sopflow.EngineScenario;
import org.sopflow.TestModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The webhook channel without any SMTP server: a real HTTP receiver on loopback gets each person's
 * notification as signed JSON, and a receiver that fails gets it again later, once.
 */
@DirtiesContext
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:sopflow-webhook-test;DB_CLOSE_DELAY=-1",
    "sop.deadlines.detection-interval=PT1H", "sop.notifications.send-interval=PT1H",
    "sop.notifications.digest-interval=PT0S", "sop.notifications.retry-interval=PT0S"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookNotificationTest {

  private static final String KEY = "sop-webhook";
  private static final String SECRET = "rahasia-gateway-whatsapp-2026";
  private static final List<String[]> RECEIVED = new CopyOnWriteArrayList<>();
  private static final AtomicInteger FAILURES_TO_GIVE = new AtomicInteger();
  private static final HttpServer RECEIVER = receiver();

  @Autowired
  ProcessEngine engine;
  @Autowired
  NotificationOutbox outbox;

  @DynamicPropertySource
  static void webhook(DynamicPropertyRegistry registry) {
    registry.add("sop.notifications.webhook-urls[0]", () -> "http://127.0.0.1:" + RECEIVER.getAddress().getPort() + "/hook");
    registry.add("sop.notifications.webhook-secret", () -> SECRET);
  }

  @BeforeAll
  void deploy() {
    new EngineScenario(engine).deploy(KEY + ".bpmn", TestModels.sop(KEY).lane("ppid-petugas", "Petugas")
        .task("terima", "ppid-petugas").xml());
  }

  @BeforeEach
  void drain() {
    outbox.run();
    RECEIVED.clear();
  }

  @AfterAll
  void stop() {
    RECEIVER.stop(0);
  }

  @Test
  void eachPersonsDigestIsPostedAsSignedJson() throws Exception {
    engine.getRuntimeService().startProcessInstanceByKey(KEY, "WA-001");
    engine.getRuntimeService().startProcessInstanceByKey(KEY, "WA-002");

    outbox.run();

    // one POST per member of the role: the demo's ppid-petugas and the scenario's budi (who has no e-mail)
    assertThat(users()).containsExactlyInAnyOrder("budi", "ppid-petugas");
    for (String[] post : RECEIVED) {
      assertThat(post[1]).isEqualTo("sha256=" + hmac(post[0]));
    }
    String body = RECEIVED.stream().filter(post -> post[0].contains("\"user\":\"ppid-petugas\"")).findFirst()
        .orElseThrow()[0];
    JsonNode json = new ObjectMapper().readTree(body);
    assertThat(json.get("kind").asText()).isEqualTo("DITAWARKAN");
    assertThat(json.get("user").asText()).isEqualTo("ppid-petugas");
    assertThat(json.get("tasks")).hasSize(2);
    assertThat(json.get("tasks").get(0).get("link").asText()).contains("/camunda/app/tasklist/default/#/?task=");
    assertThat(json.get("text").asText()).contains("Ada 2 tugas baru");
  }

  @Test
  void aReceiverThatFailsGetsTheNotificationLaterAndOnce() throws Exception {
    FAILURES_TO_GIVE.set(1);
    engine.getRuntimeService().startProcessInstanceByKey(KEY, "WA-003");

    outbox.run();
    assertThat(RECEIVED).as("the first POST failed, the second got through").hasSize(1);
    outbox.run();
    outbox.run();

    assertThat(users()).containsExactlyInAnyOrder("budi", "ppid-petugas");
    assertThat(RECEIVED).allSatisfy(post -> assertThat(post[0]).contains("WA-003"));
  }

  private static List<String> users() throws Exception {
    List<String> users = new java.util.ArrayList<>();
    for (String[] post : RECEIVED) {
      users.add(new ObjectMapper().readTree(post[0]).get("user").asText());
    }
    return users;
  }

  private static String hmac(String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static HttpServer receiver() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/hook", exchange -> {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean fail = FAILURES_TO_GIVE.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        if (!fail) {
          RECEIVED.add(new String[] {body, exchange.getRequestHeaders().getFirst("X-SOP-Signature")});
        }
        exchange.sendResponseHeaders(fail ? 503 : 204, -1);
        exchange.close();
      });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
