package org.sopflow.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.sopflow.SopTestEngine;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.deadline.DeadlineListener;
import org.sopflow.engine.SopEngineHook;
import org.sopflow.model.Role;
import org.sopflow.model.RoleCatalogue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications as the application wires them, for the overhead benchmark's variant (n): the hook
 * and deadline listener for the engine, and the outbox sending to a real SMTP server in the process.
 * Digests are due at once, so a benchmark that composes after each block pays for composing all its
 * instances caused; a sender thread delivers the messages every second, as each node's does.
 */
public final class BenchmarkNotifications implements AutoCloseable {

  private final NotificationProperties properties = new NotificationProperties(true, true, true, 0.75, true, false,
      LocalTime.of(7, 30), Duration.ZERO, Duration.ofSeconds(10), 5, Duration.ofMinutes(1), Duration.ofDays(90), "",
      "SOP Flow <sop@localhost>",
      List.of(), "");
  private final GreenMail smtp;
  private NotificationOutbox outbox;
  private JdbcClient jdbc;
  private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();

  public BenchmarkNotifications() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
  }

  /** The notification hook, planning each step's reminder on the calendar too. */
  public SopEngineHook hook(WorkingCalendar calendar) {
    return new NotificationHook(properties, calendar, SopTestEngine.TRANSACTION, SopTestEngine.CLOCK);
  }

  public DeadlineListener deadlineListener() {
    return new DeadlineNotifications(properties, SopTestEngine.TRANSACTION, SopTestEngine.CLOCK);
  }

  /** Members with an e-mail address for every role, and the outbox on the engine's database. */
  public void start(ProcessEngine engine, RoleCatalogue roles, WorkingCalendar calendar, String url, String user,
                    String password) {
    IdentityService identity = engine.getIdentityService();
    for (Role role : roles.roles()) {
      if (identity.createGroupQuery().groupId(role.id()).count() == 0) {
        identity.saveGroup(identity.newGroup(role.id()));
      }
      User member = identity.newUser(role.id() + "-staf");
      member.setEmail(role.id() + "@benchmark.invalid");
      identity.saveUser(member);
      identity.createMembership(member.getId(), role.id());
    }
    DriverManagerDataSource dataSource = new DriverManagerDataSource(url, user, password);
    JavaMailSenderImpl mail = new JavaMailSenderImpl();
    mail.setHost("127.0.0.1");
    mail.setPort(smtp.getSmtp().getPort());
    mail.getJavaMailProperties().setProperty("mail.smtp.localhost", "localhost");
    jdbc = JdbcClient.create(dataSource);
    outbox = new NotificationOutbox(jdbc, new TransactionTemplate(
        new DataSourceTransactionManager(dataSource)), identity, roles, mail,
        new Messages(calendar.zone(), "http://localhost:8080/camunda/app/tasklist/default/"), properties,
        new SimpleMeterRegistry(), SopTestEngine.CLOCK, java.util.Map::of);
    sender.scheduleWithFixedDelay(() -> outbox.deliver(SopTestEngine.CLOCK.instant()), 1, 1, TimeUnit.SECONDS);
  }

  /**
   * Composes everything due now into messages, in as many passes as that takes. Sending them is left
   * to the sender thread, as on a node, where it waits on the SMTP server beside the engine's work.
   */
  public void compose() {
    do {
      outbox.compose(SopTestEngine.CLOCK.instant());
    } while (jdbc.sql("SELECT COUNT(*) FROM sop_notification WHERE status = 'PENDING'").query(Long.class).single() > 0);
  }

  /** Messages received by the SMTP server so far. */
  public int received() {
    return smtp.getReceivedMessages().length;
  }

  /** Messages composed but not yet sent. */
  public long unsent() {
    return jdbc.sql("SELECT COUNT(*) FROM sop_outbox WHERE status <> 'SENT'").query(Long.class).single();
  }

  @Override
  public void close() {
    sender.shutdownNow();
    smtp.stop();
  }
}
