package org.sopflow.security;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.sopflow.roles.ReportReaders;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic against Camunda's users for {@code /engine-rest} and {@code /api}. The REST starter
 * leaves {@code /engine-rest} open; this filter authenticates every request and sets the engine's
 * current user, so Camunda authorization decides what each caller sees.
 */
@Configuration(proxyBeanMethods = false)
class RestAuthenticationConfiguration {

  private static final int AUTHENTICATION_ORDER = 100;

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new BasicAuthenticationFilter());
    registration.setName("sop-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(AUTHENTICATION_ORDER);
    return registration;
  }

  /** The project's API and the metrics: HTTP Basic, or for GET the Cockpit/Tasklist session. */
  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(ProcessEngine engine) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine));
    registration.setName("sop-api-authentication");
    registration.addUrlPatterns("/api/*", "/actuator/prometheus");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(AUTHENTICATION_ORDER);
    return registration;
  }

  /** The managers' reports and the metrics: report readers only, checked once per URL here. */
  @Bean
  FilterRegistrationBean<ReportAccessFilter> reportAccessFilter(ReportReaders readers) {
    FilterRegistrationBean<ReportAccessFilter> registration = new FilterRegistrationBean<>(new ReportAccessFilter(readers));
    registration.setName("sop-report-access");
    registration.addUrlPatterns(ReportAccessFilter.urlPatterns());
    registration.setOrder(AUTHENTICATION_ORDER + 1);
    return registration;
  }

  /** Input checks that need the task, after authentication (see {@link RestInputValidation}). */
  @Bean
  FilterRegistrationBean<RestInputValidation> restInputValidation(FormService formService, TaskService taskService) {
    FilterRegistrationBean<RestInputValidation> registration =
        new FilterRegistrationBean<>(new RestInputValidation(formService, taskService));
    registration.setName("sop-rest-input-validation");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(AUTHENTICATION_ORDER + 1);
    return registration;
  }
}
