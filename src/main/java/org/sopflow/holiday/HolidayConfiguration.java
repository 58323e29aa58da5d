package org.sopflow.holiday;

import java.time.Clock;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.deadline.OpenDeadlines;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class HolidayConfiguration {

  @Bean
  OfficeHolidays officeHolidays(JdbcClient jdbc, WorkingCalendar calendar, OpenDeadlines deadlines, Clock clock) {
    return new OfficeHolidays(jdbc, calendar, deadlines, clock);
  }
}
