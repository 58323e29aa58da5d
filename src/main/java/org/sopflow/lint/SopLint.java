package org.sopflow.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.ServiceStandards;
import org.sopflow.model.SopProperty;
import org.sopflow.model.SopReader;

/**
 * The SOP lint: checks SOP models against the conventions of {@code docs/sop-model.md} before they run.
 * The same checks run when a model is deployed (errors refuse the deployment), from the command
 * line over a folder ({@link LintCommand}), and in the tests over the whole catalogue.
 */
public final class SopLint {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RoleCatalogue roles;
  private final long workingDaySeconds;

  /**
   * @param roles the role catalogue lanes must come from
   * @param workingDaySeconds the length of a working day on the calendar, to add up standard times
   */
  public SopLint(RoleCatalogue roles, long workingDaySeconds) {
    this.roles = roles;
    this.workingDaySeconds = workingDaySeconds;
  }

  /**
   * Lints one BPMN file.
   *
   * @param file the file's name as deployed, used in every finding
   * @param forms the Camunda Form (its JSON) available to the model's tasks under an id, or empty
   */
  public List<Finding> lintModel(String file, byte[] xml, Function<String, Optional<byte[]>> forms) {
    if (new String(xml, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
      return unreadable(file, "a DOCTYPE declaration is not allowed in a model (it could read files of the server)");
    }
    BpmnModelInstance model;
    try {
      model = SopReader.parse(xml);
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      return unreadable(file, "not a valid BPMN 2.0 file: " + cause.getMessage());
    }
    return lintModel(file, model, forms);
  }

  /** Lints one BPMN file already read into a model (as the engine reads a deployment's files once). */
  public List<Finding> lintModel(String file, BpmnModelInstance model, Function<String, Optional<byte[]>> forms) {
    return lintModel(file, model, Map.of(), forms);
  }

  /** The same, reusing what the engine already read of the model's SOPs (by process key), where it did. */
  public List<Finding> lintModel(String file, BpmnModelInstance model, Map<String, SopReader.Result> read,
                                 Function<String, Optional<byte[]>> forms) {
    List<Finding> findings = new ArrayList<>();
    for (SopReader reader : SopReader.of(model)) {
      SopReader.Result result = read.containsKey(reader.process().getId()) ? read.get(reader.process().getId())
          : reader.read();
      findings.addAll(new ProcessCheck(file, reader, result, roles, workingDaySeconds, forms).run());
    }
    findings.addAll(DiagramCheck.run(file, model));
    return findings;
  }

  /** Lints every {@code *.bpmn} below a folder against the forms in the same folder. */
  public List<Finding> lintFolder(Path folder) {
    List<Finding> findings = new ArrayList<>();
    Map<String, String> formFiles = new HashMap<>();
    Map<String, byte[]> formContents = new HashMap<>();
    for (Path form : files(folder, ".form")) {
      String name = relative(folder, form);
      byte[] content = read(form);
      formId(content).ifPresent(id -> {
        formContents.putIfAbsent(id, content);
        String other = formFiles.putIfAbsent(id, name);
        if (other != null) {
          findings.add(new Finding(LintRule.FORM_ID_DUPLICATE, name, null, null, null,
              "form id '" + id + "' is also the id of " + other + "; give each form its own id"));
        }
      });
    }
    Map<String, String> serviceTimes = new HashMap<>();
    for (Path model : files(folder, ".bpmn")) {
      byte[] xml = read(model);
      findings.addAll(lintModel(relative(folder, model), xml, id -> Optional.ofNullable(formContents.get(id))));
      serviceTimesOf(xml, serviceTimes);
    }
    findings.addAll(checkServiceStandards(ServiceStandards.read(folder.toUri().toString()), serviceTimes));
    return findings;
  }

  /** The findings of every Standar Pelayanan file against the SOPs (key to sop.waktu-layanan) they may name. */
  public List<Finding> checkServiceStandards(ServiceStandards standards, Map<String, String> serviceTimes) {
    List<Finding> findings = new ArrayList<>();
    Map<String, String> known = new HashMap<>(serviceTimes);
    standards.documentOnly().forEach(sop -> known.putIfAbsent(sop.key(), null));
    standards.reads().forEach(read -> findings.addAll(new ServiceStandardCheck(read, known, workingDaySeconds).run()));
    standards.documentProblems().forEach(problem -> findings.add(new Finding(LintRule.SP_UNREADABLE, problem.file(),
        problem.field() == null ? null : "field", problem.field(), null, problem.message())));
    return findings;
  }

  /** The SOP key and {@code sop.waktu-layanan} (null when none) of each executable process of a model. */
  private static void serviceTimesOf(byte[] xml, Map<String, String> serviceTimes) {
    try {
      SopReader.of(SopReader.parse(xml)).forEach(reader ->
          serviceTimes.put(reader.process().getId(), SopProperty.WAKTU_LAYANAN.in(reader.identity())));
    } catch (RuntimeException e) {
      // an unreadable model is reported by lintModel
    }
  }

  /** The {@code id} of a Camunda Form (form-js JSON), if the file has one. */
  public static Optional<String> formId(byte[] json) {
    try {
      JsonNode id = JSON.readTree(json).get("id");
      return id == null || !id.isTextual() ? Optional.empty() : Optional.of(id.asText());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static List<Finding> unreadable(String file, String reason) {
    return List.of(new Finding(LintRule.UNREADABLE_MODEL, file, null, null, null, reason));
  }

  private static List<Path> files(Path folder, String extension) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(file -> file.toString().endsWith(extension) && Files.isRegularFile(file)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static String relative(Path folder, Path file) {
    return folder.relativize(file).toString().replace('\\', '/');
  }
}
