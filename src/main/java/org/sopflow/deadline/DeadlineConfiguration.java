package org.sopflow.deadline;

import org.camunda.bpm.engine.ProcessEngine;
import org.sopflow.calendar.StandardTime;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.deviation.MaladministrationLog;
import org.sopflow.model.RoleCatalogue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

  @Bean
  DeadlineHook deadlineHook(WorkingCalendar calendar, MaladministrationLog log) {
    return new DeadlineHook(calendar, log);
  }

  @Bean
  OverdueDetector overdueDetector(ProcessEngine engine, WorkingCalendar calendar, RoleCatalogue roles,
                                  MaladministrationLog log, DeadlineProperties deadlines,
                                  EscalationProperties escalation, ObjectProvider<DeadlineListener> listeners) {
    StandardTime interval;
    try {
      interval = StandardTime.parse(escalation.interval());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("sop.escalation.interval: " + e.getMessage(), e);
    }
    return new OverdueDetector(engine, calendar, roles, log, interval, deadlines.batchSize(),
        listeners.orderedStream().toList());
  }
}
