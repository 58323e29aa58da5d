package org.sopflow.renewal;

import org.sopflow.model.Opds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RenewalConfiguration {

  /** Built with the engine, before the services it calls, which need the engine: they are looked up when a step runs. */
  @Bean
  RenewalHook renewalHook(ObjectProvider<SopVersions> versions, ObjectProvider<RenewalCases> cases, Opds opds) {
    return new RenewalHook(versions, cases, opds);
  }
}
