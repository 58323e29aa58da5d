package org.sopflow.table;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.sopflow.model.RoleCatalogue;

/**
 * An SOP model as its table in the template's workbook, rows in the order of the procedure:
 * {@code java -jar sopflow.jar --export-sop KEY out.xlsx} from the processes folder, or
 * {@code GET /api/sops/{key}/table.xlsx} from the engine. Importing the workbook gives back a model
 * that runs the same paths.
 */
public final class SopTableExport {

  private SopTableExport() {
  }

  /** The workbook of a model. */
  public static byte[] workbook(BpmnModelInstance model, RoleCatalogue roles) {
    return TableWorkbook.write(ModelTable.of(model), roles);
  }

  /** The empty template ({@code modeler/sop-template.xlsx}). */
  public static byte[] template(RoleCatalogue roles) {
    return TableWorkbook.template(roles);
  }

  /** Writes the workbook of the SOP with that key among the folder's models: 0 written, 1 no such SOP, 2 unreadable. */
  public static int run(String key, Path out, Path folder, PrintStream log) {
    try {
      RoleCatalogue roles = RoleCatalogue.readFolder(folder);
      for (Path file : models(folder)) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        if (model.getModelElementsByType(Process.class).stream().anyMatch(process -> process.getId().equals(key))) {
          Files.write(out, workbook(model, roles));
          log.println("Written " + out + " from " + file);
          return 0;
        }
      }
      log.println("ERROR no SOP with key '" + key + "' in " + folder);
      return 1;
    } catch (IOException | RuntimeException e) {
      log.println("ERROR " + e.getMessage());
      return 2;
    }
  }

  private static List<Path> models(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}
