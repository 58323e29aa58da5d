package org.sopflow.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.deadline.OverdueDetector;
import org.sopflow.engine.EngineCommands;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.engine.SopModels;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopStep;

/**
 * On each working day, once it is {@code morning-digest-at} on the SOP calendar, writes for every
 * supervisor role the overdue steps of the roles below it (at any depth); the outbox gathers them
 * into one message per member. The day is claimed by a conditional update, so with several nodes
 * exactly one writes it; a node that starts later that day still writes a digest not yet written.
 */
final class MorningDigest {

  /** The most overdue steps one digest lists; more is a backlog no mail will clear. */
  private static final int LIMIT = 500;

  private final EngineCommands commands;
  private final EngineTransaction transaction;
  private final Clock clock;
  private final WorkingCalendar calendar;
  private final RoleCatalogue roles;
  private final NotificationProperties properties;
  /** The day this node last found written (by itself or another node): no need to ask the database again. */
  private volatile LocalDate done;

  MorningDigest(EngineCommands commands, EngineTransaction transaction, Clock clock, WorkingCalendar calendar,
                RoleCatalogue roles, NotificationProperties properties) {
    this.commands = commands;
    this.transaction = transaction;
    this.clock = clock;
    this.calendar = calendar;
    this.roles = roles;
    this.properties = properties;
  }

  /** Writes today's digest if it is due and not yet written; returns how many notifications it wrote. */
  int writeIfDue() {
    Instant now = clock.instant();
    ZonedDateTime local = now.atZone(calendar.zone());
    LocalDate today = local.toLocalDate();
    if (!properties.morningDigest() || today.equals(done) || !calendar.isWorkingDay(today)
        || local.toLocalTime().isBefore(properties.morningDigestAt())) {
      return 0;
    }
    int written = commands.run(() -> claim(today) ? write(now) : 0);
    done = today;
    return written;
  }

  private boolean claim(LocalDate today) {
    return transaction.update("UPDATE sop_morning_digest SET last_day = ? WHERE id = 1 AND (last_day IS NULL"
        + " OR last_day < ?)", today, today) == 1;
  }

  private int write(Instant now) {
    int written = 0;
    for (String taskId : OverdueDetector.openOverdueTasks(transaction, LIMIT)) {
      DelegateTask task = transaction.task(taskId);
      SopDefinition sop = task == null ? null : SopModels.of(task).orElse(null);
      if (sop == null) {
        continue;
      }
      for (String supervisor : supervisorsOf(sop, task)) {
        NotificationHook.write(transaction, NotificationHook.Kind.RINGKASAN_PAGI, null, supervisor, sop, task, now, now);
        written++;
      }
    }
    return written;
  }

  /** The roles above the step's lane role, nearest first. */
  private List<String> supervisorsOf(SopDefinition sop, DelegateTask task) {
    return sop.step(task.getTaskDefinitionKey()).map(SopStep::role).map(roles::supervisorsOf).orElse(List.of());
  }
}
