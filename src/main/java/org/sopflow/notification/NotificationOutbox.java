package org.sopflow.notification;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sopflow.model.Role;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.notification.NotificationHook.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns due notifications into messages and sends them, on every node. Composing writes the
 * messages of a batch of notifications and deletes them in one transaction, rolled back if another
 * node deleted some first. Each message is claimed by a conditional update before it is sent, so two
 * nodes never send one twice; a claim not finished in {@link #CLAIM} (a node that died) may be taken
 * over. A message whose sending fails is tried again after {@code retry-interval}, doubling, and
 * marked failed after {@code max-attempts}. Sent messages are deleted after {@code keep-sent}.
 */
class NotificationOutbox {

  /** A user switches their own notifications off with this Camunda user info entry set to {@value #OFF}. */
  static final String OPT_OUT = "sop.notifikasi";
  static final String OFF = "mati";
  private static final Duration CLAIM = Duration.ofMinutes(5);
  private static final int BATCH = 1000;
  /** How often a node deletes the sent messages past keep-sent: the hot path need not look each pass. */
  private static final Duration PURGE_INTERVAL = Duration.ofHours(1);
  private static final Logger LOG = LoggerFactory.getLogger(NotificationOutbox.class);

  private final String node = UUID.randomUUID().toString();
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final IdentityService identity;
  private final RoleCatalogue roles;
  private final JavaMailSender mail;
  private final Webhook webhook;
  private final Messages messages;
  private final NotificationProperties properties;
  private final MeterRegistry metrics;
  private final Clock clock;
  /** The e-mail sender of each OPD (tenant id) that names its own. */
  /** Each OPD's own sender by tenant id, as the OPDs are now (one may be added while the server runs). */
  private final Supplier<Map<String, String>> senders;
  private Instant nextPurge = Instant.MIN;

  /** @param mail null without an SMTP server: then only the webhooks are served */
  NotificationOutbox(JdbcClient jdbc, TransactionTemplate transaction, IdentityService identity, RoleCatalogue roles,
                     JavaMailSender mail, Messages messages, NotificationProperties properties, MeterRegistry metrics,
                     Clock clock, Supplier<Map<String, String>> senders) {
    this.senders = senders;
    this.jdbc = jdbc;
    this.clock = clock;
    this.transaction = transaction;
    this.identity = identity;
    this.roles = roles;
    this.mail = mail;
    this.webhook = new Webhook(properties.webhookSecret());
    this.messages = messages;
    this.properties = properties;
    this.metrics = metrics;
  }

  /** One pass: compose what is due, then send what is due (and, once an hour, forget old sent messages). */
  void run() {
    Instant now = clock.instant();
    compose(now);
    deliver(now);
    if (!now.isBefore(nextPurge)) {
      nextPurge = now.plus(PURGE_INTERVAL);
      purgeSent(now);
    }
  }

  /**
   * Deletes the messages sent more than {@code keep-sent} before {@code now}; every node may, as the
   * delete is the same on each. A sent message was due when sent, so its next_attempt_at (indexed
   * with status) is no later than its sent_at.
   */
  int purgeSent(Instant now) {
    if (properties.keepSent().isZero()) {
      return 0;
    }
    OffsetDateTime cutoff = utc(now.minus(properties.keepSent()));
    return jdbc.sql("DELETE FROM sop_outbox WHERE status = 'SENT' AND next_attempt_at < ? AND sent_at < ?")
        .params(cutoff, cutoff).update();
  }

  /** A notification as stored. */
  private record Notification(String id, Kind kind, String user, String role, Messages.Task task, Instant createdAt) {
  }

  /**
   * Composes one batch of due notifications into messages in one transaction that writes the
   * messages and deletes the notifications: if another node composed some of them meanwhile, fewer
   * are deleted than read, and the transaction rolls back (its messages are the other node's), so
   * each notification becomes messages exactly once; a node that dies midway leaves them to the next.
   */
  void compose(Instant now) {
    transaction.executeWithoutResult(status -> {
      List<Notification> due = due(now);
      // a digest kind: one message per person and kind; any other: one message per person and notification
      Map<Kind, Map<String, List<Notification>>> digests = new EnumMap<>(Kind.class);
      Map<String, List<Notification>> single = new LinkedHashMap<>();
      Map<String, List<String>> members = new LinkedHashMap<>();
      for (Notification notification : due) {
        for (String user : recipients(notification, members)) {
          if (notification.kind().isDigest()) {
            digests.computeIfAbsent(notification.kind(), kind -> new LinkedHashMap<>())
                .computeIfAbsent(user, id -> new ArrayList<>()).add(notification);
          } else {
            single.computeIfAbsent(user, id -> new ArrayList<>()).add(notification);
          }
        }
      }
      digests.forEach((kind, byUser) -> byUser.forEach((user, list) -> enqueue(user, kind, tasks(list), now, now)));
      single.forEach((user, list) -> list.forEach(notification ->
          enqueue(user, notification.kind(), List.of(notification.task()), notification.createdAt(), now)));
      if (!due.isEmpty() && jdbc.sql("DELETE FROM sop_notification WHERE id IN (:ids)")
          .param("ids", due.stream().map(Notification::id).toList()).update() != due.size()) {
        status.setRollbackOnly();
      }
    });
  }

  /** The notifications due now, one batch. */
  private List<Notification> due(Instant now) {
    return jdbc.sql("SELECT id, kind, recipient_user, recipient_role, task_id, task_name, sop_name, business_key,"
            + " COALESCE(task_role, recipient_role), task_due, created_at FROM sop_notification"
            + " WHERE status = 'PENDING' AND send_after <= ? ORDER BY created_at LIMIT " + BATCH).params(utc(now))
        .query((row, number) -> new Notification(row.getString(1), Kind.valueOf(row.getString(2)),
            row.getString(3), row.getString(4), new Messages.Task(row.getString(5), row.getString(6), row.getString(7),
            row.getString(8), roleName(row.getString(9)), instant(row.getObject(10, OffsetDateTime.class))),
            instant(row.getObject(11, OffsetDateTime.class))))
        .list();
  }

  /** The user a notification is for, or the members of its role (asked once per role and pass). */
  private List<String> recipients(Notification notification, Map<String, List<String>> members) {
    if (notification.user() != null) {
      return List.of(notification.user());
    }
    return members.computeIfAbsent(notification.role(), role ->
        identity.createUserQuery().memberOfGroup(role).list().stream().map(User::getId).toList());
  }

  private static List<Messages.Task> tasks(List<Notification> notifications) {
    return notifications.stream().map(Notification::task).distinct().toList();
  }

  /**
   * The messages to the user on each channel: e-mail when they have an address, and one per webhook;
   * none when they switched notifications off. {@code at} is when lateness is measured.
   */
  private void enqueue(String userId, Kind kind, List<Messages.Task> tasks, Instant at, Instant now) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null || OFF.equalsIgnoreCase(identity.getUserInfo(userId, OPT_OUT))) {
      return;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    Messages.Message message = messages.of(kind, name.isEmpty() ? userId : name, tasks, at);
    boolean hasAddress = user.getEmail() != null && !user.getEmail().isBlank();
    if (mail != null && hasAddress) {
      insert("email", user.getEmail(), userId, message.subject(), message.text(), message.html(), now);
    }
    for (String url : properties.webhookUrls()) {
      insert("webhook", url, userId, message.subject(), Webhook.body(kind.name(), userId,
          hasAddress ? user.getEmail() : null, message, Messages.listed(tasks), messages::link), null, now);
    }
  }

  private void insert(String channel, String recipient, String userId, String subject, String text, String html,
                      Instant now) {
    jdbc.sql("INSERT INTO sop_outbox (id, channel, recipient, user_id, subject, body_text, body_html, created_at, status,"
            + " next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)")
        .params(UUID.randomUUID().toString(), channel, recipient, userId, subject, text, html, utc(now), utc(now)).update();
  }

  /** A message as stored. */
  private record Outgoing(String id, String channel, String recipient, String subject, String text, String html,
                          int attempts, String userId) {
  }

  void deliver(Instant now) {
    List<Outgoing> due = jdbc.sql("SELECT id, channel, recipient, subject, body_text, body_html, attempts, user_id"
            + " FROM sop_outbox"
            + " WHERE (status = 'PENDING' AND next_attempt_at <= ?) OR (status = 'SENDING' AND claimed_until < ?)"
            + " ORDER BY created_at LIMIT " + BATCH).params(utc(now), utc(now))
        .query((row, number) -> new Outgoing(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
            row.getString(5), row.getString(6), row.getInt(7), row.getString(8))).list();
    for (Outgoing message : due) {
      if (claim(message.id(), now)) {
        send(message, now);
      }
    }
  }

  private void send(Outgoing message, Instant now) {
    try {
      if (message.channel().equals("webhook")) {
        webhook.post(message.recipient(), message.text());
      } else {
        mail(message);
      }
      jdbc.sql("UPDATE sop_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1 WHERE id = ? AND claimed_by = ?")
          .params(utc(clock.instant()), message.id(), node).update();
      metrics.counter("sop.notifications.sent", "channel", message.channel()).increment();
    } catch (MailException | MessagingException | java.io.IOException e) {
      failed(message, now, e);
    }
  }

  private void mail(Outgoing message) throws MessagingException {
    if (mail == null) {
      throw new MessagingException("no SMTP server is configured (spring.mail.host)");
    }
    MimeMessage mime = mail.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
    helper.setFrom(sender(message.userId()));
    helper.setTo(message.recipient());
    helper.setSubject(message.subject());
    helper.setText(message.text(), message.html());
    mail.send(mime);
  }

  /** The sender of the recipient's OPD (that of their first role with one), else the installation's. */
  private String sender(String userId) {
    Map<String, String> byOpd = senders.get();
    if (byOpd.isEmpty() || userId == null) {
      return properties.from();
    }
    return identity.createGroupQuery().groupMember(userId).list().stream()
        .map(group -> roles.opdOf(group.getId()).map(byOpd::get)).flatMap(Optional::stream)
        .findFirst().orElse(properties.from());
  }

  private void failed(Outgoing message, Instant now, Exception error) {
    int attempts = message.attempts() + 1;
    boolean last = attempts >= properties.maxAttempts();
    Instant next = now.plus(properties.retryInterval().multipliedBy(1L << Math.min(attempts - 1, 20)));
    String reason = String.valueOf(error.getMessage());
    jdbc.sql("UPDATE sop_outbox SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?"
            + " AND claimed_by = ?").params(last ? "FAILED" : "PENDING", attempts, utc(next),
            reason.length() > 2000 ? reason.substring(0, 2000) : reason, message.id(), node).update();
    metrics.counter(last ? "sop.notifications.failed" : "sop.notifications.retried", "channel", message.channel())
        .increment();
    LOG.warn("Notification ({}) to {} not sent (attempt {} of {}): {}", message.channel(), message.recipient(), attempts,
        properties.maxAttempts(), reason);
  }

  /** Claims a message for this node: only if it is still waiting, or its claim by another node ran out. */
  private boolean claim(String id, Instant now) {
    return jdbc.sql("UPDATE sop_outbox SET status = 'SENDING', claimed_by = ?, claimed_until = ? WHERE id = ?"
            + " AND (status = 'PENDING' OR (status = 'SENDING' AND claimed_until < ?))")
        .params(node, utc(now.plus(CLAIM)), id, utc(now)).update() == 1;
  }

  private String roleName(String role) {
    return role == null ? null : roles.find(role).map(Role::name).orElse(role);
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
