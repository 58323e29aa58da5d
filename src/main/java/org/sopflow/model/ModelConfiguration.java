package org.sopflow.model;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ModelConfiguration {

  @Bean
  SopModelPlugin sopModelPlugin() {
    return new SopModelPlugin();
  }
}
