package org.sopflow.evaluation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

  @Bean
  EvaluationRule evaluationRule(EvaluationProperties properties) {
    return new EvaluationRule(properties);
  }
}
