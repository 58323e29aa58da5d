package org.sopflow.pdp;

import java.time.Clock;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.model.RoleCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

  @Bean
  PersonalDataHook personalDataHook(EngineTransaction transaction, Clock clock, RoleCatalogue roles,
                                    RetentionProperties retention) {
    return new PersonalDataHook(transaction, clock, roles, retention.days());
  }
}
