package org.sopflow.tracking;

import org.sopflow.model.ServiceStandards;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TrackingConfiguration {

  @Bean
  TrackingHook trackingHook(ServiceStandards standards) {
    return new TrackingHook(standards);
  }
}
