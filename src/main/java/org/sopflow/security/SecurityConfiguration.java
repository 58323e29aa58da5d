package org.sopflow.security;

import java.util.stream.Collectors;
import org.sopflow.engine.ModelBeans;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  ResourceConfigCustomizer unreadableModelsAreBadRequests() {
    return config -> config.register(CallerErrorMapper.class).register(CallerErrorMapper.Wrapped.class);
  }

  @Bean
  ModelPolicy modelPolicy(ScriptProperties properties) {
    return new ModelPolicy(properties);
  }

  /** The beans the engine's expressions may see: those of sop.scripts.allowed-beans, no other. */
  @Bean
  ModelBeans modelBeans(ScriptProperties properties, ApplicationContext context) {
    return () -> properties.allowedBeans().stream().collect(Collectors.toMap(name -> name, context::getBean));
  }
}
