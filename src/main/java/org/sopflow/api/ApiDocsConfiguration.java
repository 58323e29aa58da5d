package org.sopflow.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The OpenAPI description of {@code /api}: the file {@code static/api/openapi.json}, generated from
 * the controllers by springdoc in {@code ApiContractTest} (springdoc is not in the jar, which keeps
 * start-up as fast as before), and Swagger UI from its webjar at {@code /api/docs}. Both lie under
 * {@code /api}, so they need the same login as the API itself.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/api/docs", "/api/docs/index.html");
  }
}
