package org.sopflow.renewal;

import org.sopflow.calendar.WorkingCalendar;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/** Puts approved versions into force when their effective date comes ({@code sop.renewal.in-force-cron}). */
@Component
class VersionsInForce implements SchedulingConfigurer {

  private final SopVersions versions;
  private final RenewalProperties properties;
  private final WorkingCalendar calendar;

  VersionsInForce(SopVersions versions, RenewalProperties properties, WorkingCalendar calendar) {
    this.versions = versions;
    this.properties = properties;
    this.calendar = calendar;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    if (!Scheduled.CRON_DISABLED.equals(properties.inForceCron())) {
      registrar.addTriggerTask(versions::putInForceWhenDue, new CronTrigger(properties.inForceCron(), calendar.zone()));
    }
  }
}
