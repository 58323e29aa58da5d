package org.sopflow.engine;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.sopflow.engine.internal.ModelsReadAhead;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

  /** The engine writes SOP tables from its first command on, so Flyway must have created them first. */
  @Bean
  static BeanFactoryPostProcessor engineAfterFlyway() {
    return beanFactory -> {
      for (String engineBean : new String[] {"processEngineFactoryBean", "processEngine"}) {
        if (beanFactory.containsBeanDefinition(engineBean) && beanFactory.containsBeanDefinition("flywayInitializer")) {
          BeanDefinition engine = beanFactory.getBeanDefinition(engineBean);
          String[] dependsOn = engine.getDependsOn() == null ? new String[0] : engine.getDependsOn();
          String[] withFlyway = Arrays.copyOf(dependsOn, dependsOn.length + 1);
          withFlyway[dependsOn.length] = "flywayInitializer";
          engine.setDependsOn(withFlyway);
        }
      }
    };
  }

  /** Models read ahead but never asked for (e.g. refused by the lint) are not kept past the start. */
  @EventListener
  void forgetModelsReadAhead(ApplicationReadyEvent ready) {
    ready.getApplicationContext().getBeanProvider(ModelsReadAhead.class).ifAvailable(ModelsReadAhead::clear);
  }

  /** The SOP layer's time: Camunda's clock, so that both agree (tests move it with Camunda's ClockUtil). */
  @Bean
  Clock clock() {
    return new EngineClock();
  }

  @Bean
  EngineTransaction engineTransaction() {
    return new EngineTransaction();
  }

  @Bean
  EngineCommands engineCommands(ProcessEngine engine) {
    return new EngineCommands(engine);
  }

  @Bean
  TenantAdoption tenantAdoption(ProcessEngine engine, EngineCommands commands, EngineTransaction transaction,
                                org.sopflow.model.ProcessesProperties processes) {
    return new TenantAdoption(engine, commands, transaction, processes);
  }

  @Bean
  FormerAdminGroup formerAdminGroup(ProcessEngine engine) {
    return new FormerAdminGroup(engine);
  }

  @Bean
  HistoricInstances historicInstances(DataSource dataSource) {
    return new HistoricInstances(dataSource);
  }

  /** Every module's hooks, in one plugin; the starter hands it to the engine it builds. */
  @Bean
  SopEnginePlugin sopEnginePlugin(List<SopEngineHook> hooks, ObjectProvider<ModelsReadAhead> readAhead,
                                  ObjectProvider<LoginLockouts> lockouts, ObjectProvider<ModelBeans> beans) {
    return new SopEnginePlugin(hooks, readAhead.getIfAvailable(() -> ModelsReadAhead.NONE),
        lockouts.getIfAvailable(() -> LoginLockouts.NONE), beans.getIfAvailable(() -> ModelBeans.NONE));
  }
}
