package org.sopflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The SOP engine: Camunda 7 with the SOP conventions of {@code shared/SOP-MODEL.md}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SopFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(SopFlowApplication.class, args);
  }
}
