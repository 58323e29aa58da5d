package org.sopflow.webapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.sopflow.SopProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebappConfiguration {

  @Bean
  WebappBranding webappBranding(SopProperties properties, ObjectMapper json) {
    return new WebappBranding(properties.webapp(), json);
  }

  @Bean
  WebappLocales webappLocales(ObjectMapper json) {
    return new WebappLocales(json);
  }
}
