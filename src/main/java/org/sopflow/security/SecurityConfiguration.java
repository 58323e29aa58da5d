package org.sopflow.security;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  ResourceConfigCustomizer unreadableModelsAreBadRequests() {
    return config -> config.register(UnreadableModelMapper.class);
  }

  @Bean
  ScriptPolicy scriptPolicy(ScriptProperties properties) {
    return new ScriptPolicy(properties.allowedLanguages());
  }
}
