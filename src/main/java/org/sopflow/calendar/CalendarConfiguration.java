package org.sopflow.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  WorkingCalendar workingCalendar(CalendarProperties calendar) {
    return new WorkingCalendar(calendar, HolidayFiles.read(calendar.holidayFiles()));
  }
}
