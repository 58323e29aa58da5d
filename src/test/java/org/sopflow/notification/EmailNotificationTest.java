package org.sopflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import java.net.http.HttpResponse;
import org.sopflow.ApiClient;
import org.sopflow.EngineScenario;
import org.sopflow.SopTestEngine;
import org.sopflow.TestModels;
import org.sopflow.engine.EngineCommands;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail notifications against a real SMTP server in the process (GreenMail). The sender is driven by
 * the test (its schedule is set to an hour) and digests are due at once.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"spring.datasource.url=jdbc:h2:mem:sopflow-notification-test;DB_CLOSE_DELAY=-1",
    "sop.deadlines.detection-interval=PT1H", "sop.notifications.send-interval=PT1H",
    "sop.notifications.digest-interval=PT0S", "sop.notifications.retry-interval=PT0S",
    "sop.notifications.max-attempts=3", "sop.notifications.tasklist-url=https://sop.example.go.id"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmailNotificationTest {

  private static final String KEY = "sop-notifikasi";
  private static final int PORT = freePort();
  private static GreenMail smtp = start();

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  NotificationOutbox outbox;
  @Autowired
  org.sopflow.deadline.OverdueDetector detector;
  @Autowired
  MorningDigest morningDigest;
  @Autowired
  DeadlineReminders reminders;
  @Autowired
  org.sopflow.calendar.WorkingCalendar calendar;
  @Autowired
  org.sopflow.model.RoleCatalogue roles;
  @Autowired
  NotificationProperties properties;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PlatformTransactionManager transactions;
  @Autowired
  MeterRegistry metrics;
  private EngineScenario scenario;

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> PORT);
  }

  @BeforeAll
  void deploy() {
    scenario = new EngineScenario(engine);
    scenario.deploy(KEY + ".bpmn", TestModels.sop(KEY).lane("ppid-petugas", "Petugas").lane("ppid", "PPID")
        .task("terima", "ppid-petugas").task("putuskan", "ppid").xml());
  }

  @BeforeEach
  void emptyMailboxes() throws Exception {
    outbox.run();
    smtp.purgeEmailFromAllMailboxes();
  }

  @AfterAll
  void stopSmtp() {
    smtp.stop();
  }

  @Test
  void stepsOfferedToARoleArriveAsOneDigestPerPerson() throws Exception {
    engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-001");
    engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-002");

    outbox.run();

    MimeMessage digest = only("ppid-petugas@demo.invalid");
    assertThat(digest.getSubject()).isEqualTo("[SOP] 2 tugas baru di Tasklist");
    String body = GreenMailUtil.getBody(digest);
    assertThat(body).contains("Ada 2 tugas baru", "Langkah terima", "REG-001", "REG-002",
        "https://sop.example.go.id/camunda/app/tasklist/default/#/?task=");
  }

  /** An OPD whose opd.yaml names its own sender: its staff's mail comes from it; everyone else's from sop.notifications.from. */
  @Test
  void anOpdsStaffHearFromTheOpdsOwnAddress(@Autowired org.springframework.mail.javamail.JavaMailSender mail)
      throws Exception {
    NotificationOutbox ownSender = new NotificationOutbox(jdbc, new TransactionTemplate(transactions),
        engine.getIdentityService(), roles, mail, new Messages(calendar.zone(), "https://sop.example.go.id/"),
        properties, metrics, SopTestEngine.CLOCK, () -> java.util.Map.of("diskominfo", "layanan@diskominfo.example.go.id"));
    engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-OPD");

    ownSender.run();

    assertThat(only("ppid-petugas@demo.invalid").getFrom()).extracting(Object::toString)
        .containsExactly("layanan@diskominfo.example.go.id");
    assertThat(properties.from()).isNotEqualTo("layanan@diskominfo.example.go.id");
  }

  @Test
  void aLargeDigestListsTheFirst25StepsAndCountsTheRest() throws Exception {
    for (int i = 1; i <= 30; i++) {
      engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-M" + i);
    }

    outbox.run();

    MimeMessage digest = only("ppid-petugas@demo.invalid");
    assertThat(digest.getSubject()).isEqualTo("[SOP] 30 tugas baru di Tasklist");
    String body = GreenMailUtil.getBody(digest);
    assertThat(body).contains("Ada 30 tugas baru", "... dan 5 langkah lainnya: lihat semuanya di Tasklist");
    assertThat(body.split("Langkah terima", -1)).as("steps listed, in the text and the HTML part").hasSize(2 * 25 + 1);
  }

  @Test
  void aStepAssignedToAPersonReachesThemAtOnceButNotWhoClaimsIt() throws Exception {
    String instance = engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-003").getId();
    outbox.run();
    smtp.purgeEmailFromAllMailboxes();
    String task = scenario.task(instance).getId();
    scenario.as("admin", () -> engine.getTaskService().setAssignee(task, "ppid"));
    outbox.run();

    MimeMessage assigned = only("ppid@demo.invalid");
    assertThat(assigned.getSubject()).isEqualTo("[SOP] Tugas untuk Anda: Langkah terima");
    assertThat(GreenMailUtil.getBody(assigned)).contains("ditugaskan kepada Anda", "REG-003", "#/?task=" + task);

    String other = engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-003B").getId();
    outbox.run();
    smtp.purgeEmailFromAllMailboxes();
    String otherTask = scenario.task(other).getId();
    scenario.as("ppid-petugas", () -> engine.getTaskService().claim(otherTask, "ppid-petugas"));
    outbox.run();
    assertThat(smtp.getReceivedMessages()).as("a claim by oneself").isEmpty();
  }

  @Test
  void anOverdueStepReachesItsRoleAndTheSupervisorRoleItWasEscalatedTo() throws Exception {
    try {
      EngineScenario.clockAt("2026-12-01T08:00");
      engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-006");
      outbox.run();
      smtp.purgeEmailFromAllMailboxes();
      EngineScenario.clockAt("2026-12-03T09:00"); // a working day past its 1 hari kerja
      detector.sweep();
      outbox.run();
    } finally {
      EngineScenario.resetClock();
    }

    // the other tests' open tasks are overdue at that clock too: this test's request is REG-006
    List<MimeMessage> received = Arrays.stream(smtp.getReceivedMessages())
        .filter(message -> subject(message).contains("REG-006")).toList();
    assertThat(received).extracting(message -> message.getAllRecipients()[0].toString())
        .containsExactlyInAnyOrder("ppid-petugas@demo.invalid", "ppid@demo.invalid");
    assertThat(received).allSatisfy(message -> {
      assertThat(message.getSubject()).isEqualTo("[SOP] Terlambat: Langkah terima (REG-006)");
      assertThat(GreenMailUtil.getBody(message)).contains("melewati tenggat standarnya 1 hari", "REG-006",
          "tenggat 2 Desember 2026");
    });
  }

  @Test
  void aStepStillOpenAtThreeQuartersOfItsStandardTimeRemindsItsRoleThenItsAssignee() throws Exception {
    java.time.Instant reminder;
    String claimedTask;
    try {
      java.time.Instant created = EngineScenario.clockAt("2026-12-01T08:00");
      String unclaimed = engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-007").getId();
      String claimed = engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-008").getId();
      claimedTask = scenario.task(claimed).getId();
      scenario.as("admin", () -> engine.getTaskService().setAssignee(claimedTask, "ppid"));
      reminder = jdbc.sql("SELECT remind_at FROM sop_task_reminder WHERE task_id = ?")
          .params(scenario.task(unclaimed).getId()).query(java.time.OffsetDateTime.class).single().toInstant();
      long standard = jdbc.sql("SELECT standard_seconds FROM sop_task_deadline WHERE task_id = ?")
          .params(claimedTask).query(Long.class).single();
      assertThat(calendar.workingSecondsBetween(created, reminder, org.sopflow.calendar.CalendarKind.HARI_KERJA))
          .isEqualTo(standard * 3 / 4);
      outbox.run();
      smtp.purgeEmailFromAllMailboxes();

      ClockUtil.setCurrentTime(java.util.Date.from(reminder.minusSeconds(60)));
      reminders.sweep();
      outbox.run();
      assertThat(received("REG-007")).as("before the reminder is due").isEmpty();

      ClockUtil.setCurrentTime(java.util.Date.from(reminder.plusSeconds(60)));
      assertThat(reminders.sweep()).isGreaterThanOrEqualTo(2);
      reminders.sweep();
      outbox.run();
    } finally {
      EngineScenario.resetClock();
    }
    assertThat(received("REG-007")).extracting(message -> message.getAllRecipients()[0].toString())
        .containsExactly("ppid-petugas@demo.invalid");
    assertThat(received("REG-008")).extracting(message -> message.getAllRecipients()[0].toString())
        .containsExactly("ppid@demo.invalid");
    MimeMessage near = received("REG-007").get(0);
    assertThat(near.getSubject()).isEqualTo("[SOP] Tenggat mendekat: Langkah terima (REG-007)");
    assertThat(GreenMailUtil.getBody(near)).contains("Tenggat standar langkah berikut sudah dekat",
        "tenggat 2 Desember 2026");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sop_task_reminder WHERE task_id = ?")
        .params(claimedTask).query(Long.class).single()).as("sent once, then gone").isZero();
  }

  @Test
  void eachWorkingMorningEverySupervisorRoleAboveAnOverdueStepGetsOneDigest() throws Exception {
    // only this test's steps are overdue: the digest lists the first 25
    engine.getRuntimeService().createProcessInstanceQuery().list()
        .forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "ujian ringkasan pagi"));
    // the server's own digest may have written today's (the real day) already: days before it, and the
    // day written forgotten, so that the digest of the test's Monday is due
    jdbc.sql("UPDATE sop_morning_digest SET last_day = NULL WHERE id = 1").update();
    try {
      EngineScenario.clockAt("2026-11-24T08:00");
      engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-P1");
      engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-P2");
      EngineScenario.clockAt("2026-11-26T09:00");
      detector.sweep();
      outbox.run();
      smtp.purgeEmailFromAllMailboxes();

      EngineScenario.clockAt("2026-11-28T07:45"); // a Saturday
      assertThat(morningDigest.writeIfDue()).isZero();
      EngineScenario.clockAt("2026-11-30T07:29"); // Monday, before 07:30
      assertThat(morningDigest.writeIfDue()).isZero();
      EngineScenario.clockAt("2026-11-30T07:31");
      // a second node at the same moment: the day is written once
      MorningDigest otherNode = new MorningDigest(new EngineCommands(engine), SopTestEngine.TRANSACTION,
          SopTestEngine.CLOCK, calendar, roles, properties);
      var written = java.util.concurrent.CompletableFuture.supplyAsync(otherNode::writeIfDue);
      int here = morningDigest.writeIfDue();
      assertThat(here + written.get()).isPositive();
      assertThat(here == 0 || written.get() == 0).as("one node writes the day").isTrue();
      assertThat(morningDigest.writeIfDue() + otherNode.writeIfDue()).isZero();
      outbox.run();
    } finally {
      EngineScenario.resetClock();
    }
    List<MimeMessage> digests = Arrays.stream(smtp.getReceivedMessages())
        .filter(message -> subject(message).startsWith("[SOP] Ringkasan pagi")).toList();
    // ppid-petugas's supervisor is ppid, whose supervisor is atasan-ppid: both roles, one digest each
    assertThat(digests).extracting(message -> message.getAllRecipients()[0].toString())
        .containsExactlyInAnyOrder("ppid@demo.invalid", "atasan-ppid@demo.invalid");
    String body = GreenMailUtil.getBody(digests.get(0));
    assertThat(body).contains("Ringkasan pagi: 2 langkah", "REG-P1", "REG-P2", "melewati tenggat standarnya",
        "terlambat 4 hari");
    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(EmailNotificationTest::subject)
        .filter(subject -> !subject.startsWith("[SOP] Ringkasan pagi"))).as("nothing but the digests").isEmpty();
  }

  @Test
  void aUserWhoSwitchedNotificationsOffReceivesNothing() {
    ApiClient api = new ApiClient(port);
    HttpResponse<String> off = api.send("PUT", "/api/notifications/me", "ppid-petugas", "{\"enabled\": false}");
    assertThat(off.statusCode()).isEqualTo(200);
    assertThat(off.body()).contains("\"enabled\":false");
    try {
      engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-004");
      outbox.run();
      assertThat(smtp.getReceivedMessages()).isEmpty();
    } finally {
      assertThat(api.send("PUT", "/api/notifications/me", "ppid-petugas", "{\"enabled\": true}").body())
          .contains("\"enabled\":true");
    }
    assertThat(api.send("PUT", "/api/notifications/me", "ppid-petugas", "{\"enabled\": \"nanti\"}").statusCode())
        .isEqualTo(400);
  }

  @Test
  void adminsSeeWhoHasNoAddress() {
    org.camunda.bpm.engine.identity.User user = engine.getIdentityService().newUser("tanpa-surel");
    user.setFirstName("Tanpa");
    user.setLastName("Surel");
    engine.getIdentityService().saveUser(user);
    ApiClient api = new ApiClient(port);
    HttpResponse<String> list = api.get("/api/notifications/users-without-email", "admin:admin");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("\"id\":\"tanpa-surel\"").doesNotContain("ppid-petugas");
    assertThat(api.get("/api/notifications/users-without-email", "ppid").statusCode()).isEqualTo(403);
  }

  @Test
  void aCommandThatRollsBackLeavesNoNotification() {
    long before = notifications();
    assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
      engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-BATAL");
      throw new IllegalStateException("the caller's transaction fails after the start");
    })).hasMessageContaining("fails after the start");

    assertThat(notifications()).isEqualTo(before);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey("REG-BATAL")
        .count()).isZero();
  }

  @Test
  void mailsQueuedDuringAnSmtpOutageAreDeliveredOnceItIsBack() throws Exception {
    String instance = engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-005").getId();
    outbox.run();
    smtp.purgeEmailFromAllMailboxes();
    smtp.stop();
    String task = scenario.task(instance).getId();
    scenario.as("admin", () -> engine.getTaskService().setAssignee(task, "ppid"));
    double retriedBefore = metrics.counter("sop.notifications.retried", "channel", "email").count();

    outbox.run();
    outbox.run();

    assertThat(jdbc.sql("SELECT attempts FROM sop_outbox WHERE status = 'PENDING' AND recipient = 'ppid@demo.invalid'")
        .query(Integer.class).single()).isEqualTo(2);
    assertThat(jdbc.sql("SELECT last_error FROM sop_outbox WHERE status = 'PENDING'").query(String.class).single())
        .isNotBlank();
    assertThat(metrics.counter("sop.notifications.retried", "channel", "email").count() - retriedBefore).isEqualTo(2);

    smtp = start();
    outbox.run();
    outbox.run();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(smtp.getReceivedMessages()[0].getSubject()).contains("Langkah terima");
  }

  @Test
  void sentMessagesStayForKeepSentThenGoButFailedOnesStay() throws Exception {
    List<String> before = outboxIds();
    String sentTask = scenario.task(engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-ARSIP").getId()).getId();
    scenario.as("admin", () -> engine.getTaskService().setAssignee(sentTask, "ppid"));
    outbox.run();
    String sent = jdbc.sql("SELECT id FROM sop_outbox WHERE status = 'SENT' AND subject LIKE '%Tugas untuk Anda%'"
        + " AND recipient = 'ppid@demo.invalid'").query(String.class).list().stream()
        .filter(id -> !before.contains(id)).findFirst().orElseThrow();
    String failedTask = scenario.task(engine.getRuntimeService().startProcessInstanceByKey(KEY, "REG-GAGAL").getId()).getId();
    smtp.stop();
    try {
      scenario.as("admin", () -> engine.getTaskService().setAssignee(failedTask, "ppid"));
      for (int attempt = 0; attempt < properties.maxAttempts(); attempt++) {
        outbox.run();
      }
    } finally {
      smtp = start();
    }
    String failed = jdbc.sql("SELECT id FROM sop_outbox WHERE status = 'FAILED'").query(String.class).list().stream()
        .filter(id -> !before.contains(id)).findFirst().orElseThrow();
    java.time.Instant sentAt = jdbc.sql("SELECT sent_at FROM sop_outbox WHERE id = ?").param(sent)
        .query(java.time.OffsetDateTime.class).single().toInstant();

    outbox.purgeSent(sentAt.plus(properties.keepSent()).minusSeconds(1));
    assertThat(outboxIds()).contains(sent, failed);
    outbox.purgeSent(sentAt.plus(properties.keepSent()).plusSeconds(1));
    assertThat(outboxIds()).doesNotContain(sent).contains(failed);
  }

  private List<String> outboxIds() {
    return jdbc.sql("SELECT id FROM sop_outbox").query(String.class).list();
  }

  private static List<MimeMessage> received(String businessKey) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(message -> subject(message).contains(businessKey)).toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private long notifications() {
    return jdbc.sql("SELECT COUNT(*) FROM sop_notification").query(Long.class).single();
  }

  private static MimeMessage only(String recipient) throws Exception {
    List<MimeMessage> received = Arrays.stream(smtp.getReceivedMessages()).toList();
    assertThat(received).hasSize(1);
    assertThat(received.get(0).getAllRecipients()[0].toString()).isEqualTo(recipient);
    return received.get(0);
  }

  private static GreenMail start() {
    GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
