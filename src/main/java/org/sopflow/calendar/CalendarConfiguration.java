package org.sopflow.calendar;

import org.sopflow.SopProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  WorkingCalendar workingCalendar(SopProperties properties) {
    CalendarProperties calendar = properties.calendar();
    return new WorkingCalendar(calendar, HolidayFiles.read(calendar.holidayFiles()));
  }
}
