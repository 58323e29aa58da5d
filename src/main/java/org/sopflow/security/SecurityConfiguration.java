package org.sopflow.security;

import org.sopflow.SopProperties;
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
  ScriptPolicyPlugin scriptPolicyPlugin(SopProperties properties) {
    return new ScriptPolicyPlugin(properties.scripts().allowedLanguages());
  }
}
