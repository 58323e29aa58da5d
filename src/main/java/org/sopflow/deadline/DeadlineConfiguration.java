package org.sopflow.deadline;

import java.time.Clock;
import org.camunda.bpm.engine.ProcessEngine;
import org.sopflow.calendar.StandardTime;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.deviation.MaladministrationLog;
import org.sopflow.engine.EngineCommands;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.model.RoleCatalogue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

  @Bean
  DeadlineHook deadlineHook(WorkingCalendar calendar, MaladministrationLog log, EngineTransaction transaction,
                            Clock clock) {
    return new DeadlineHook(calendar, log, transaction, clock);
  }

  @Bean
  OpenDeadlines openDeadlines(DeadlineHook hook, EngineCommands commands) {
    return new OpenDeadlines(hook, commands);
  }

  @Bean
  OverdueDetector overdueDetector(ProcessEngine engine, EngineTransaction transaction, Clock clock,
                                  WorkingCalendar calendar, RoleCatalogue roles,
                                  MaladministrationLog log, DeadlineProperties deadlines,
                                  EscalationProperties escalation, ObjectProvider<DeadlineListener> listeners) {
    StandardTime interval;
    try {
      interval = StandardTime.parse(escalation.interval());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("sop.escalation.interval: " + e.getMessage(), e);
    }
    return new OverdueDetector(engine, transaction, clock, calendar, roles, log, interval, deadlines.batchSize(),
        listeners.orderedStream().toList());
  }
}
