package org.sopflow;

import org.sopflow.lint.LintCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The SOP engine: Camunda 7 with the SOP conventions of {@code shared/SOP-MODEL.md}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SopFlowApplication {

  /** Starts the server; {@code --lint <folder>} lints SOP models instead and exits (see README). */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("--lint")) {
      LintCommand.main(java.util.Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    SpringApplication.run(SopFlowApplication.class, args);
  }
}
