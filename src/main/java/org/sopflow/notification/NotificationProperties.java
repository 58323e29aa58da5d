package org.sopflow.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What is sent and how ({@code sop.notifications.*}); e-mail itself is {@code spring.mail.*}, and
 * without {@code spring.mail.host} nothing is sent.
 *
 * @param offered a step offered to a role: a digest to its members every {@code digestInterval}
 * @param assigned a step assigned or delegated to a person: to that person at once
 * @param deadlineNear a step still open at {@code reminderAt} of its standard time: to its assignee,
 *     or to its role's members while unclaimed
 * @param reminderAt the share of the standard time (above 0, below 1) at which that reminder is sent
 * @param overdue a step past its standard deadline and each escalation: to the assignee (or the
 *     role) and to the supervisor role it was escalated to
 * @param morningDigest on each working day at {@code morningDigestAt} (the SOP calendar's zone), to the
 *     members of each supervisor role: the overdue steps of the roles below it
 * @param morningDigestAt the time of day of the morning digest, on the SOP calendar's clock
 * @param digestInterval how long steps offered to a role are gathered into one digest per member
 * @param sendInterval how often each node looks for notifications to compose and messages to send
 * @param maxAttempts a message that failed this often is marked failed, its last error kept
 * @param retryInterval the wait after the first failure; it doubles with each further one
 * @param keepSent how long a sent message stays in the outbox (what was sent to whom, for audit);
 *     zero keeps them for ever. Failed messages stay until an operator deletes them.
 * @param tasklistUrl the address of Tasklist for the links in messages; empty: this server's
 * @param from the sender of the e-mails
 * @param webhookUrls messaging gateways (e.g. a WhatsApp gateway) that receive the same notifications
 *     as JSON, one POST per person and message
 * @param webhookSecret the key of the HMAC-SHA256 signature of each POST's body (header
 *     {@code X-SOP-Signature: sha256=<hex>}); required with webhook URLs
 */
@ConfigurationProperties("sop.notifications")
record NotificationProperties(@DefaultValue("true") boolean offered,
                              @DefaultValue("true") boolean assigned,
                              @DefaultValue("true") boolean deadlineNear,
                              @DefaultValue("0.75") double reminderAt,
                              @DefaultValue("true") boolean overdue,
                              @DefaultValue("true") boolean morningDigest,
                              @DefaultValue("07:30") java.time.LocalTime morningDigestAt,
                              @DefaultValue("PT15M") Duration digestInterval,
                              @DefaultValue("PT10S") Duration sendInterval,
                              @DefaultValue("5") int maxAttempts,
                              @DefaultValue("PT1M") Duration retryInterval,
                              @DefaultValue("P90D") Duration keepSent,
                              @DefaultValue("") String tasklistUrl,
                              @DefaultValue("SOP Flow <sopflow@localhost>") String from,
                              @DefaultValue("") java.util.List<String> webhookUrls,
                              @DefaultValue("") String webhookSecret) {

  NotificationProperties {
    if (!(reminderAt > 0 && reminderAt < 1)) {
      throw new IllegalArgumentException("sop.notifications.reminder-at must be above 0 and below 1 (0.75: at 75 % of"
          + " the standard time), not " + reminderAt);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("sop.notifications.max-attempts must be at least 1");
    }
    webhookUrls = webhookUrls.stream().filter(url -> !url.isBlank()).toList();
    for (String url : webhookUrls) {
      if (!url.matches("https?://\\S+")) {
        throw new IllegalArgumentException("sop.notifications.webhook-urls: '" + url + "' is not an http(s) address");
      }
    }
    if (!webhookUrls.isEmpty() && webhookSecret.length() < 16) {
      throw new IllegalArgumentException("sop.notifications.webhook-secret must be given, at least 16 characters,"
          + " when sop.notifications.webhook-urls are");
    }
    if (digestInterval.isNegative() || sendInterval.isNegative() || sendInterval.isZero() || retryInterval.isNegative()
        || keepSent.isNegative()) {
      throw new IllegalArgumentException("sop.notifications.digest-interval, send-interval, retry-interval and keep-sent"
          + " must not be negative (send-interval above zero)");
    }
  }
}
