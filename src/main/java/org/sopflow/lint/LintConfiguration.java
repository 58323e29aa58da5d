package org.sopflow.lint;

import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.model.RoleCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LintConfiguration {

  @Bean
  SopLint sopLint(RoleCatalogue roles, WorkingCalendar calendar) {
    return new SopLint(roles, calendar.workingDaySeconds());
  }

  @Bean
  LintHook lintHook(SopLint lint) {
    return new LintHook(lint);
  }
}
