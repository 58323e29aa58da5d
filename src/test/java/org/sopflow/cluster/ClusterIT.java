package org.sopflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.sopflow.TestModels;
import org.sopflow.processes.pip.PpidForms;

/**
 * Two engine nodes (separate JVMs, separate job executors) on one PostgreSQL, as in production:
 * work moves between nodes, deployments reach both, and deadlines and timers fire once.
 */
class ClusterIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static LocalCluster cluster;
  /** The SMTP server both nodes send their notifications to. */
  private static GreenMail smtp;

  @BeforeAll
  static void startCluster() throws Exception {
    int smtpPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      smtpPort = socket.getLocalPort();
    }
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    cluster = LocalCluster.start("cluster-it", "--sop.deadlines.detection-interval=PT1S --spring.mail.host=127.0.0.1"
        + " --spring.mail.port=" + smtpPort + " --sop.notifications.send-interval=PT1S"
        + " --sop.notifications.digest-interval=PT0S");
    ApiClient node1 = cluster.node(1);
    staff(node1, "budi", "ppid-petugas");
    staff(node1, "sari", "ppid");
    staff(node1, "wati", "ppid-pembantu");
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void eachNotificationIsSentOnceWithTwoSendingNodes() throws Exception {
    String model = TestModels.sop("sop-klaster-surel").lane("ppid-pembantu", "Unit").task("olah", "ppid-pembantu").xml();
    cluster.node(1).deploy(cluster.admin(), "klaster-surel", "klaster/surel.bpmn", model);
    List<String> tasks = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ApiClient node = cluster.node(1 + i % 2);
      String instance = start(node, "sop-klaster-surel");
      String task = JSON.readTree(node.get("/engine-rest/task?processInstanceId=" + instance, cluster.admin()).body())
          .get(0).get("id").asText();
      tasks.add(task);
      // assigned by the admin on alternate nodes: one mail each to wati, at once
      assertThat(node.post("/engine-rest/task/" + task + "/assignee", cluster.admin(), "{\"userId\":\"wati\"}")
          .statusCode()).isEqualTo(204);
    }

    // every task is offered (in some digest) once and assigned once: 20 task ids in digests, 20 assignment mails
    Map<String, Integer> offered = new java.util.HashMap<>();
    int assigned = 0;
    long until = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < until) {
      offered.clear();
      assigned = 0;
      for (jakarta.mail.internet.MimeMessage message : smtp.getReceivedMessages()) {
        if (!message.getAllRecipients()[0].toString().equals("wati@klaster.invalid")) {
          continue;
        }
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
        if (message.getSubject().startsWith("[SOP] Tugas untuk Anda")) {
          assigned++;
        } else {
          tasks.stream().filter(task -> body.contains("task=" + task)).forEach(task -> offered.merge(task, 1, Integer::sum));
        }
      }
      if (offered.size() == tasks.size() && assigned >= tasks.size()) {
        break;
      }
      Thread.sleep(500);
    }
    Thread.sleep(3000); // a second sender that would send again has had three rounds by now
    assigned = (int) java.util.Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
      try {
        return message.getSubject().startsWith("[SOP] Tugas untuk Anda");
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).count();
    assertThat(offered).hasSize(tasks.size()).allSatisfy((task, times) -> assertThat(times).as(task).isEqualTo(1));
    assertThat(assigned).isEqualTo(tasks.size());
  }

  @Test
  void aTaskCreatedOnOneNodeIsCompletedOnTheOther() throws Exception {
    HttpResponse<String> started = cluster.node(1).post(
        "/engine-rest/process-definition/key/pip-permohonan-informasi/tenant-id/diskominfo/start", "budi:Sandi-Rahasia-2026",
        "{\"businessKey\":\"REG-CLUSTER\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instance = JSON.readTree(started.body()).get("id").asText();

    JsonNode onNode2 = JSON.readTree(cluster.node(2).get("/engine-rest/task?processInstanceId=" + instance,
        "budi:Sandi-Rahasia-2026").body());
    assertThat(onNode2).hasSize(1);
    HttpResponse<String> completed = cluster.node(2).post("/engine-rest/task/" + onNode2.get(0).get("id").asText()
        + "/complete", "budi:Sandi-Rahasia-2026", PpidForms.registration("Siti"));
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);

    JsonNode onNode1 = JSON.readTree(cluster.node(1).get("/engine-rest/task?processInstanceId=" + instance,
        "sari:Sandi-Rahasia-2026").body());
    assertThat(onNode1).hasSize(1);
    assertThat(onNode1.get(0).get("taskDefinitionKey").asText()).isEqualTo("periksa-kelengkapan");
  }

  @Test
  void aDeploymentOnOneNodeIsPickedUpByTheOtherWithItsLaneRoles() throws Exception {
    String model = TestModels.sop("sop-klaster-baru").lane("ppid-pembantu", "Unit").task("siapkan", "ppid-pembantu").xml();
    HttpResponse<String> deployed = cluster.node(1).deploy(cluster.admin(), "klaster", "klaster/baru.bpmn", model);
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);

    String instance = start(cluster.node(2), "sop-klaster-baru");
    String task = JSON.readTree(cluster.node(2).get("/engine-rest/task?processInstanceId=" + instance, cluster.admin())
        .body()).get(0).get("id").asText();
    JsonNode links = JSON.readTree(cluster.node(2).get("/engine-rest/task/" + task + "/identity-links",
        cluster.admin()).body());
    assertThat(links).extracting(link -> link.get("groupId").asText()).containsExactly("ppid-pembantu");

    String bad = TestModels.sop("sop-klaster-baru").lane("tak-dikenal", "X").task("siapkan", "tak-dikenal").xml();
    HttpResponse<String> refused = cluster.node(2).deploy(cluster.admin(), "klaster", "klaster/baru.bpmn", bad);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("klaster/baru.bpmn").contains("tak-dikenal");
  }

  @Test
  void eachPassedDeadlineIsRecordedOnceAcrossNodes() throws Exception {
    String model = TestModels.sop("sop-klaster-tenggat").processProperty("sop.kalender", "24-jam")
        .lane("ppid", "PPID").task("tangani", "ppid").taskProperty("tangani", "sop.waktu", "PT3S").xml();
    cluster.node(1).deploy(cluster.admin(), "klaster-tenggat", "klaster/tenggat.bpmn", model);
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      instances.add(start(cluster.node(1 + i % 2), "sop-klaster-tenggat"));
    }

    Map<String, Integer> perInstance = waitForEvents("sop-klaster-tenggat", "STEP_OVERDUE", 20);
    Thread.sleep(3000);
    perInstance = waitForEvents("sop-klaster-tenggat", "STEP_OVERDUE", 20);

    for (String instance : instances) {
      assertThat(perInstance.get(instance)).as("STEP_OVERDUE events of %s", instance).isEqualTo(1);
    }
    JsonNode verification = JSON.readTree(cluster.node(2).get("/api/maladministration/verify", cluster.admin()).body());
    assertThat(verification.get("valid").asBoolean()).isTrue();
  }

  @Test
  void timersFireOnceWithTwoJobExecutors() throws Exception {
    String model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://sopflow.org/test">
          <bpmn:process id="sop-klaster-timer" name="SOP timer" isExecutable="true" camunda:historyTimeToLive="30">
            <bpmn:laneSet id="ls"><bpmn:lane id="ppid" name="PPID"><bpmn:flowNodeRef>s</bpmn:flowNodeRef>
              <bpmn:flowNodeRef>tunggu</bpmn:flowNodeRef><bpmn:flowNodeRef>t</bpmn:flowNodeRef>
              <bpmn:flowNodeRef>e</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
            <bpmn:startEvent id="s" />
            <bpmn:intermediateCatchEvent id="tunggu"><bpmn:timerEventDefinition>
              <bpmn:timeDuration>PT2S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:userTask id="t" name="Tindak lanjut"><bpmn:extensionElements><camunda:properties>
              <camunda:property name="sop.waktu" value="1 hari kerja" /></camunda:properties></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:endEvent id="e" />
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="tunggu" />
            <bpmn:sequenceFlow id="f2" sourceRef="tunggu" targetRef="t" />
            <bpmn:sequenceFlow id="f3" sourceRef="t" targetRef="e" />
          </bpmn:process>
        </bpmn:definitions>
        """;
    cluster.node(2).deploy(cluster.admin(), "klaster-timer", "klaster/timer.bpmn", model);
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      instances.add(start(cluster.node(1 + i % 2), "sop-klaster-timer"));
    }

    long deadline = System.currentTimeMillis() + 60_000;
    int tasks = 0;
    while (System.currentTimeMillis() < deadline && tasks < 10) {
      Thread.sleep(1000);
      tasks = JSON.readTree(cluster.node(1).get("/engine-rest/task?processDefinitionKey=sop-klaster-timer",
          cluster.admin()).body()).size();
    }
    Thread.sleep(3000);
    for (String instance : instances) {
      JsonNode fired = JSON.readTree(cluster.node(1).get("/engine-rest/history/activity-instance?activityId=tunggu"
          + "&processInstanceId=" + instance, cluster.admin()).body());
      JsonNode open = JSON.readTree(cluster.node(2).get("/engine-rest/task?processInstanceId=" + instance,
          cluster.admin()).body());
      assertThat(fired).as("timer of %s", instance).hasSize(1);
      assertThat(open).as("tasks of %s", instance).hasSize(1);
    }
  }

  private static Map<String, Integer> waitForEvents(String key, String rule, int expected) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    Map<String, Integer> perInstance = new HashMap<>();
    while (System.currentTimeMillis() < deadline) {
      perInstance.clear();
      JsonNode page = JSON.readTree(cluster.node(1).get("/api/maladministration?size=1000&processDefinitionKey=" + key
          + "&rule=" + rule, cluster.admin()).body());
      page.get("events").forEach(event -> perInstance.merge(event.get("processInstanceId").asText(), 1, Integer::sum));
      if (perInstance.size() >= expected) {
        break;
      }
      Thread.sleep(500);
    }
    return perInstance;
  }

  private static String start(ApiClient node, String key) throws Exception {
    HttpResponse<String> started = node.post("/engine-rest/process-definition/key/" + key + "/tenant-id/diskominfo/start", cluster.admin(), "{}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return JSON.readTree(started.body()).get("id").asText();
  }

  private static void staff(ApiClient node, String user, String role) {
    HttpResponse<String> created = node.post("/engine-rest/user/create", cluster.admin(), "{\"profile\":{\"id\":\""
        + user + "\",\"firstName\":\"" + user + "\",\"email\":\"" + user + "@klaster.invalid\"},"
        + "\"credentials\":{\"password\":\"Sandi-Rahasia-2026\"}}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
    HttpResponse<String> member = node.put("/engine-rest/group/" + role + "/members/" + user, cluster.admin());
    assertThat(member.statusCode()).as(member.body()).isEqualTo(204);
  }
}
