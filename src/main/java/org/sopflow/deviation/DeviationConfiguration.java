package org.sopflow.deviation;

import java.time.Clock;
import org.sopflow.engine.EngineTransaction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeviationConfiguration {

  @Bean
  MaladministrationLog maladministrationLog(EngineTransaction transaction, Clock clock) {
    return new MaladministrationLog(transaction, clock);
  }

  @Bean
  ChainCheckpoints chainCheckpoints(EventChainProperties properties, Clock clock) {
    return new ChainCheckpoints(properties, clock);
  }

  @Bean
  ChainAnchor chainAnchor(MaladministrationEvents events, ChainCheckpoints checkpoints, EventChainProperties properties) {
    return new ChainAnchor(events, checkpoints, properties);
  }

  @Bean
  DeviationHook deviationHook(MaladministrationLog log, EngineTransaction transaction) {
    return new DeviationHook(log, transaction);
  }
}
