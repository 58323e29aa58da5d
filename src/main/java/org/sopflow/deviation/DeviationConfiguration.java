package org.sopflow.deviation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeviationConfiguration {

  @Bean
  MaladministrationLog maladministrationLog() {
    return new MaladministrationLog();
  }

  @Bean
  DeviationHook deviationHook(MaladministrationLog log) {
    return new DeviationHook(log);
  }
}
