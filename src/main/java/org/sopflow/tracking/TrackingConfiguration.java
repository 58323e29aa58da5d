package org.sopflow.tracking;

import java.time.Clock;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.model.ServiceStandards;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TrackingConfiguration {

  @Bean
  TrackingHook trackingHook(ServiceStandards standards, EngineTransaction transaction, Clock clock) {
    return new TrackingHook(standards, transaction, clock);
  }
}
