package org.sopflow.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.sopflow.calendar.CalendarProperties;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.lint.Finding;
import org.sopflow.lint.SopLint;
import org.sopflow.model.RoleCatalogue;

/**
 * Turns an SOP table (XLSX or CSV, the layout of {@code modeler/sop-template.xlsx}) into an SOP model
 * and its forms in a processes folder: {@code java -jar sopflow.jar --import-sop table.xlsx processes/pip/}.
 * The model is linted before anything is written; a table or model with errors writes nothing. When
 * the folder already holds the SOP's model, each step that keeps its id keeps its form.
 */
public final class SopTableImport {

  private static final ObjectMapper FORM_JSON = new ObjectMapper();

  private SopTableImport() {
  }

  /** What an import wrote, and the lint's warnings about it. */
  public record Result(Path model, List<Path> forms, List<Finding> warnings) {
  }

  /** A table whose model the lint refuses: its findings, each naming the element. */
  public static class RefusedModelException extends RuntimeException {

    private final transient List<Finding> findings;

    RefusedModelException(String file, List<Finding> findings) {
      super(file + ": the model made from the table has errors: " + findings.stream().filter(Finding::isError)
          .map(Finding::toString).reduce((a, b) -> a + "; " + b).orElse(""));
      this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
      return findings;
    }
  }

  /** Imports and prints what it wrote or why it refused: 0 written, 1 refused, 2 unreadable. */
  public static int run(Path table, Path folder, PrintStream out) {
    try {
      Result result = importTable(table, folder, RoleCatalogue.readFolder(processesRoot(folder)));
      result.warnings().forEach(out::println);
      out.println("Written " + result.model() + " and " + result.forms().size() + " form(s)");
      return 0;
    } catch (InvalidTableException | RefusedModelException e) {
      out.println("ERROR " + e.getMessage());
      return 1;
    } catch (IOException | RoleCatalogue.InvalidRoleCatalogueException e) {
      out.println("ERROR " + table + ": " + e.getMessage());
      return 2;
    }
  }

  /** Reads, checks and writes; throws with every problem found, having written nothing. */
  public static Result importTable(Path table, Path folder, RoleCatalogue roles) throws IOException {
    SopTable sop;
    try (InputStream in = Files.newInputStream(table)) {
      sop = read(table.getFileName().toString(), in, roles);
    }
    String file = sop.key() + ".bpmn";
    TableBpmn.Model model = TableBpmn.write(sop, roles, keptForms(folder, file));
    List<Finding> findings = lint(file, model, roles);
    if (findings.stream().anyMatch(Finding::isError)) {
      throw new RefusedModelException(table.getFileName().toString(), findings);
    }
    Files.createDirectories(folder);
    Path written = folder.resolve(file);
    Files.writeString(written, model.bpmn(), StandardCharsets.UTF_8);
    List<Path> forms = new ArrayList<>();
    for (Map.Entry<String, String> form : model.forms().entrySet()) {
      Path target = folder.resolve(form.getKey());
      if (!Files.isRegularFile(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(form.getValue())) {
        forms.add(Files.writeString(target, form.getValue(), StandardCharsets.UTF_8));
      }
    }
    return new Result(written, forms, findings);
  }

  /**
   * The forms of the model the import replaces, by step id: each user task's {@code camunda:formRef}
   * found among the folder's {@code .form} files (by the id inside, as the engine finds them).
   */
  private static Map<String, TableBpmn.KeptForm> keptForms(Path folder, String modelFile) throws IOException {
    Path existing = folder.resolve(modelFile);
    if (!Files.isRegularFile(existing)) {
      return Map.of();
    }
    Map<String, Path> formFiles = new HashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path form : files.filter(file -> file.toString().endsWith(".form")).toList()) {
        formId(form).ifPresent(id -> formFiles.put(id, form));
      }
    }
    BpmnModelInstance model;
    List<SopTable.Row> steps;
    try {
      model = Bpmn.readModelFromFile(existing.toFile());
      steps = ModelTable.of(model).rows();
    } catch (RuntimeException unreadable) {
      return Map.of();  // a model no table can say: the table's model replaces it with forms of its own
    }
    Map<String, TableBpmn.KeptForm> kept = new HashMap<>();
    for (SopTable.Row before : steps) {
      UserTask task = model.getModelElementById(before.id()) instanceof UserTask userTask ? userTask : null;
      Path form = task == null || task.getCamundaFormRef() == null ? null : formFiles.get(task.getCamundaFormRef());
      if (form != null) {
        kept.put(task.getId(), new TableBpmn.KeptForm(form.getFileName().toString(), task.getCamundaFormRef(),
            Files.readString(form, StandardCharsets.UTF_8), before));
      }
    }
    return kept;
  }

  /** The id of a Camunda Form file; none for a file that is not one (it is then not kept). */
  private static Optional<String> formId(Path form) {
    try {
      JsonNode json = FORM_JSON.readTree(form.toFile());
      return json != null && json.path("components").isArray() ? Optional.ofNullable(json.path("id").textValue())
          : Optional.empty();
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }

  /** The table in a file: the sheets of an XLSX workbook or of a CSV file. */
  public static SopTable read(String file, InputStream in, RoleCatalogue roles) throws IOException {
    return new TableParser(roles).parse(file, TableSheets.read(file, in));
  }

  private static List<Finding> lint(String file, TableBpmn.Model model, RoleCatalogue roles) {
    WorkingCalendar calendar = new WorkingCalendar(
        new CalendarProperties(ZoneId.of("Asia/Jakarta"), null, null, null, null, null), List.of());
    return new SopLint(roles, calendar.workingDaySeconds()).lintModel(file,
        model.bpmn().getBytes(StandardCharsets.UTF_8), formId -> Optional.ofNullable(model.forms().get(formId + ".form"))
            .map(json -> json.getBytes(StandardCharsets.UTF_8)));
  }

  /** The folder with {@code roles.yaml}: the target folder or the nearest one above it. */
  static Path processesRoot(Path folder) {
    for (Path current = folder.toAbsolutePath(); current != null; current = current.getParent()) {
      if (Files.isRegularFile(current.resolve(RoleCatalogue.FILE_NAME))) {
        return current;
      }
    }
    return folder;
  }
}
