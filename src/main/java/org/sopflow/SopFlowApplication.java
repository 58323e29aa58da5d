package org.sopflow;

import java.util.Optional;
import org.sopflow.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The SOP engine: Camunda 7 with the SOP conventions of docs/sop-model.md. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SopFlowApplication {

  /**
   * Starts the server, or runs one of the jar's commands instead and exits ({@code --lint},
   * {@code --documents}, {@code --import-sop}, {@code --export-sop}: the {@code cli} module).
   */
  public static void main(String[] args) {
    Optional<Integer> exit = Commands.run(args);
    if (exit.isPresent()) {
      System.exit(exit.get());
    }
    SpringApplication.run(SopFlowApplication.class, args);
  }
}
