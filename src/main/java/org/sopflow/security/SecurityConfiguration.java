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
  ScriptPolicyPlugin scriptPolicyPlugin(ScriptProperties properties) {
    return new ScriptPolicyPlugin(properties.allowedLanguages());
  }
}
