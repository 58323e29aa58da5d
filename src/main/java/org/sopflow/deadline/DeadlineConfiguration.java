package org.sopflow.deadline;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.sopflow.calendar.StandardTime;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.deviation.MaladministrationLog;
import org.sopflow.model.RoleCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

  @Bean
  DeadlinePlugin deadlinePlugin(WorkingCalendar calendar, MaladministrationLog log) {
    return new DeadlinePlugin(calendar, log);
  }

  @Bean
  OverdueDetector overdueDetector(ProcessEngine engine, WorkingCalendar calendar, RoleCatalogue roles,
                                  MaladministrationLog log, DeadlineProperties deadlines,
                                  EscalationProperties escalation) {
    StandardTime interval;
    try {
      interval = StandardTime.parse(escalation.interval());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("sop.escalation.interval: " + e.getMessage(), e);
    }
    return new OverdueDetector((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(), calendar,
        roles, log, interval, deadlines.batchSize());
  }
}
