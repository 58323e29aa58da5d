package org.sopflow.webapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebappConfiguration {

  @Bean
  WebappBranding webappBranding(WebappProperties properties, ObjectMapper json) {
    return new WebappBranding(properties, json);
  }

  @Bean
  WebappLocales webappLocales(ObjectMapper json) {
    return new WebappLocales(json);
  }
}
