package org.sopflow.webapp;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

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

  /** Links to Camunda 7's webapp path, once the webapps are elsewhere (Operaton's {@code /operaton}). */
  @Bean
  FilterRegistrationBean<FormerWebappPath> formerWebappPath(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String path) {
    FilterRegistrationBean<FormerWebappPath> registration = new FilterRegistrationBean<>(new FormerWebappPath(path));
    registration.setEnabled(!FormerWebappPath.FORMER.equals(path));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
