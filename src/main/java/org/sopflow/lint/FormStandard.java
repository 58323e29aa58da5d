package org.sopflow.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sopflow.model.SopProperty;

/**
 * The standard a step's Camunda Form shows at its head ("Waktu standar: ...", "Kelengkapan: ...",
 * "Output: ..."), against the step's {@code sop.*} properties, so that Tasklist never shows staff a
 * standard the engine no longer enforces.
 */
final class FormStandard {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The properties a step's form shows at its head, each under its label ("Waktu standar: 2 jam"). */
  private static final List<SopProperty> HEAD = List.of(SopProperty.WAKTU, SopProperty.KELENGKAPAN,
      SopProperty.OUTPUT);

  private FormStandard() {
  }

  /**
   * What disagrees, one sentence each; empty when the form agrees or cannot be read as a form
   * (an unreadable form is reported when it is deployed).
   */
  static List<String> differences(byte[] formJson, String formId, Map<String, String> step) {
    Optional<String> text = text(formJson);
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> differences = new ArrayList<>();
    HEAD.forEach(property -> {
      String label = property.label();
      String expected = property.in(step);
      Optional<String> shown = value(text.get(), label);
      if (shown.isEmpty() && property == SopProperty.WAKTU && expected != null) {
        differences.add("its form '" + formId + "' does not show the standard time; add a text \"" + label + ": "
            + expected + "\" at its head");
      } else if (shown.isPresent() && expected != null && !normalized(shown.get()).equals(normalized(expected))) {
        differences.add("its form '" + formId + "' shows " + label + " \"" + shown.get() + "\" but "
            + property.fullName() + " is \"" + expected + "\"; correct the form");
      }
    });
    return differences;
  }

  /** Every text component of the form, one after the other. */
  private static Optional<String> text(byte[] formJson) {
    try {
      JsonNode components = formJson == null || formJson.length == 0 ? null : JSON.readTree(formJson).get("components");
      if (components == null || !components.isArray()) {
        return Optional.empty();
      }
      StringBuilder text = new StringBuilder();
      components.forEach(component -> {
        if ("text".equals(component.path("type").asText())) {
          text.append(component.path("text").asText()).append('\n');
        }
      });
      return Optional.of(text.toString());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The value after "Label:" (markdown bold or not) up to the end of its line. */
  private static Optional<String> value(String text, String label) {
    Matcher matcher = Pattern.compile("(?m)^\\W*" + Pattern.quote(label) + ":\\**\\s*(.+?)\\s*$").matcher(text);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static String normalized(String value) {
    return value.replaceAll("\\s+", " ").trim().toLowerCase(java.util.Locale.ROOT);
  }
}
