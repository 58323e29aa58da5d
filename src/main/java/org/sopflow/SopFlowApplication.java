package org.sopflow;

import org.sopflow.documents.DocumentCommand;
import org.sopflow.lint.LintCommand;
import org.sopflow.table.SopTableExport;
import org.sopflow.table.SopTableImport;
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
   * Starts the server; {@code --lint <folder>} lints SOP models, {@code --documents <folder> <output>}
   * renders their documents, {@code --import-sop <table> <folder>} turns an SOP table into a model and
   * {@code --export-sop <key> <out.xlsx>} a model into its table instead, and exit (docs/sop-model.md).
   */
  public static void main(String[] args) throws java.io.IOException {
    String[] rest = args.length > 0 ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
    if (args.length > 0 && args[0].equals("--lint")) {
      LintCommand.main(rest);
      return;
    }
    if (args.length > 0 && args[0].equals("--export-sop")) {
      SopTableExport.main(rest);
      return;
    }
    if (args.length > 0 && args[0].equals("--import-sop")) {
      SopTableImport.main(rest);
      return;
    }
    if (args.length > 0 && args[0].equals("--documents")) {
      DocumentCommand.main(rest);
      return;
    }
    SpringApplication.run(SopFlowApplication.class, args);
  }
}
