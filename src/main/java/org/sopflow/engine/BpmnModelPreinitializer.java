package org.sopflow.engine;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.LoggerFactory;
import org.sopflow.model.ProcessesProperties;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the models of the processes folder with Camunda's BPMN Model API on a background thread
 * while Spring starts (as Spring Boot's own BackgroundPreinitializer warms other libraries): the
 * schemas load once, off the main thread, and the engine takes each model from
 * {@link ModelsReadAhead} instead of parsing it again on the way to ready.
 */
public class BpmnModelPreinitializer implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  private static volatile boolean started;

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    if (started) {
      return;
    }
    started = true;
    String folder = Binder.get(event.getEnvironment()).bindOrCreate("sop.processes", ProcessesProperties.class).folder();
    Thread thread = new Thread(() -> readAhead(folder), "sop-bpmn-preinitializer");
    thread.setDaemon(true);
    thread.start();
  }

  private static void readAhead(String folder) {
    try {
      for (Resource file : new PathMatchingResourcePatternResolver().getResources(folder + "**/*.bpmn")) {
        try (InputStream in = file.getInputStream()) {
          byte[] xml = in.readAllBytes();
          ModelsReadAhead.offer(xml, ReadModel.of(xml));
        }
      }
    } catch (IOException | RuntimeException e) {
      // only a head start: the engine reads whatever is missing itself, and the lint names broken files
      LoggerFactory.getLogger(BpmnModelPreinitializer.class).debug("Reading the models ahead failed", e);
    }
  }
}
