package org.sopflow.followup;

import org.sopflow.model.Opds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FollowUpProperties.class)
class FollowUpConfiguration {

  /** Built with the engine, before the services it calls, which need the engine: they are looked up when a step runs. */
  @Bean
  FollowUpHook followUpHook(ObjectProvider<FollowUps> followUps, ObjectProvider<FollowUpCases> cases,
                            ApplicationEventPublisher events, Opds opds) {
    return new FollowUpHook(followUps, cases, events, opds);
  }
}
