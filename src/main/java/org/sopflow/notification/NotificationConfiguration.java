package org.sopflow.notification;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.LoggerFactory;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.engine.EngineCommands;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.model.Opd;
import org.sopflow.model.Opds;
import org.sopflow.model.RoleCatalogue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications are on when an SMTP host ({@code spring.mail.host}) or a webhook
 * ({@code sop.notifications.webhook-urls}) is configured; without either no notification is written
 * and one line at start-up says so.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnExpression("'${spring.mail.host:}' != '' or '${sop.notifications.webhook-urls:}' != ''"
      + " or '${sop.notifications.webhook-urls[0]:}' != ''")
  static class Channels {

    @Bean
    NotificationHook notificationHook(NotificationProperties properties, WorkingCalendar calendar,
                                      EngineTransaction transaction, Clock clock) {
      return new NotificationHook(properties, calendar, transaction, clock);
    }

    @Bean
    DeadlineReminders deadlineReminders(EngineCommands commands, EngineTransaction transaction, Clock clock) {
      return new DeadlineReminders(commands, transaction, clock);
    }

    @Bean
    NotificationOutbox notificationOutbox(JdbcClient jdbc, PlatformTransactionManager transactions,
                                          IdentityService identity, RoleCatalogue roles,
                                          ObjectProvider<JavaMailSender> mail,
                                          NotificationProperties properties, MeterRegistry metrics,
                                          WorkingCalendar calendar, Clock clock, Opds opds,
                                          @Value("${server.port:8080}") int port) {
      String base = properties.tasklistUrl().isEmpty() ? "http://localhost:" + port : properties.tasklistUrl();
      Messages messages = new Messages(calendar.zone(), base.replaceAll("/+$", "") + "/camunda/app/tasklist/default/");
      // an OPD's staff hear from its own address (opd.yaml: pengirim), where it has one
      return new NotificationOutbox(jdbc, new TransactionTemplate(transactions), identity, roles, mail.getIfAvailable(),
          messages, properties, metrics, clock, () -> opds.all().stream()
              .filter(opd -> opd.tenantId() != null && opd.pengirim() != null)
              .collect(java.util.stream.Collectors.toMap(Opd::tenantId, Opd::pengirim)));
    }

    @Bean
    DeadlineNotifications deadlineNotifications(NotificationProperties properties, EngineTransaction transaction,
                                                Clock clock) {
      return new DeadlineNotifications(properties, transaction, clock);
    }

    @Bean
    MorningDigest morningDigest(EngineCommands commands, EngineTransaction transaction, Clock clock,
                                WorkingCalendar calendar, RoleCatalogue roles,
                                NotificationProperties properties) {
      return new MorningDigest(commands, transaction, clock, calendar, roles, properties);
    }

    @Bean
    NotificationSending notificationSending(DeadlineReminders reminders, MorningDigest morningDigest,
                                            NotificationOutbox outbox, NotificationProperties properties) {
      return new NotificationSending(reminders, morningDigest, outbox, properties.sendInterval());
    }
  }

  @Bean
  @ConditionalOnMissingBean(NotificationOutbox.class)
  ApplicationRunner notificationsOff() {
    return args -> LoggerFactory.getLogger(NotificationConfiguration.class)
        .info("Notifications are off: no SMTP server (spring.mail.host) and no webhook (sop.notifications.webhook-urls)"
            + " is configured");
  }

  /**
   * Every {@code sop.notifications.send-interval}, each node writes the reminders and the morning
   * digest that are due, then composes and sends what is due.
   */
  static class NotificationSending implements SchedulingConfigurer {

    private final DeadlineReminders reminders;
    private final MorningDigest morningDigest;
    private final NotificationOutbox outbox;
    private final Duration sendInterval;

    NotificationSending(DeadlineReminders reminders, MorningDigest morningDigest, NotificationOutbox outbox,
                        Duration sendInterval) {
      this.reminders = reminders;
      this.morningDigest = morningDigest;
      this.outbox = outbox;
      this.sendInterval = sendInterval;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
      tasks.addFixedDelayTask(this::send, sendInterval);
    }

    void send() {
      try {
        reminders.sweep();
        morningDigest.writeIfDue();
        outbox.run();
      } catch (RuntimeException e) {
        LoggerFactory.getLogger(NotificationSending.class).warn("Notifications not sent this round; next round tries again", e);
      }
    }
  }
}
