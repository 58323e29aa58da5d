package org.sopflow.evaluation;

import org.sopflow.SopProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

  @Bean
  EvaluationRule evaluationRule(SopProperties properties) {
    return new EvaluationRule(properties.evaluation());
  }
}
