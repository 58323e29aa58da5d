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
 * @param sendInterval how often each node looks for notifications to compose and messages to send
 * @param maxAttempts a message that failed this often is marked failed, its last error kept
 * @param retryInterval the wait after the first failure; it doubles with each further one
 * @param tasklistUrl the address of Tasklist for the links in messages; empty: this server's
 * @param from the sender of the e-mails
 */
@ConfigurationProperties("sop.notifications")
record NotificationProperties(@DefaultValue("true") boolean offered,
                              @DefaultValue("true") boolean assigned,
                              @DefaultValue("PT15M") Duration digestInterval,
                              @DefaultValue("PT10S") Duration sendInterval,
                              @DefaultValue("5") int maxAttempts,
                              @DefaultValue("PT1M") Duration retryInterval,
                              @DefaultValue("") String tasklistUrl,
                              @DefaultValue("SOP Flow <sopflow@localhost>") String from) {

  NotificationProperties {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("sop.notifications.max-attempts must be at least 1");
    }
    if (digestInterval.isNegative() || sendInterval.isNegative() || sendInterval.isZero() || retryInterval.isNegative()) {
      throw new IllegalArgumentException("sop.notifications.digest-interval, send-interval and retry-interval must not be"
          + " negative (send-interval above zero)");
    }
  }
}
