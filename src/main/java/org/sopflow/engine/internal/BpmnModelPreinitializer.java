package org.sopflow.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.LoggerFactory;
import org.sopflow.model.ProcessesProperties;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Reads the models of the processes folder with Camunda's BPMN Model API in the background while
 * Spring starts (as Spring Boot's own BackgroundPreinitializer warms other libraries): the schemas
 * load once, off the main thread, and the engine takes each model from {@link ModelsReadAhead}
 * instead of parsing it again on the way to ready. Registered in {@code META-INF/spring.factories}:
 * it starts before the application context exists, then hands its models to the context as a bean.
 */
public class BpmnModelPreinitializer implements ApplicationListener<SpringApplicationEvent> {

  static final String BEAN = "sopModelsReadAhead";

  private final ModelsReadAhead readAhead = new ModelsReadAhead();

  @Override
  public void onApplicationEvent(SpringApplicationEvent event) {
    if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
      String folder = Binder.get(prepared.getEnvironment()).bindOrCreate("sop.processes", ProcessesProperties.class)
          .folder();
      SimpleAsyncTaskExecutor background = new SimpleAsyncTaskExecutor("sop-bpmn-read-ahead-");
      background.setDaemon(true); // only a head start: never holds the JVM
      background.execute(() -> readAhead(folder));
    } else if (event instanceof ApplicationPreparedEvent prepared
        && !prepared.getApplicationContext().getBeanFactory().containsSingleton(BEAN)) {
      prepared.getApplicationContext().getBeanFactory().registerSingleton(BEAN, readAhead);
    }
  }

  private void readAhead(String folder) {
    try {
      for (Resource file : new PathMatchingResourcePatternResolver().getResources(folder + "**/*.bpmn")) {
        try (InputStream in = file.getInputStream()) {
          byte[] xml = in.readAllBytes();
          readAhead.offer(xml, ReadModel.of(xml));
        }
      }
    } catch (IOException | RuntimeException e) {
      // only a head start: the engine reads whatever is missing itself, and the lint names broken files
      LoggerFactory.getLogger(BpmnModelPreinitializer.class).debug("Reading the models ahead failed", e);
    }
  }
}
