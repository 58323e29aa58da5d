package org.sopflow.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sopflow.model.SopProperty;
import org.sopflow.table.SopTable.Branch;
import org.sopflow.table.SopTable.Row;

/**
 * The Camunda Form of an imported step: its mutu baku at the head (as the catalogue's forms show it,
 * which the lint compares with the step's properties), the answer to each decision that follows it,
 * and a note. A step that keeps its id keeps its form (hand-made in Camunda Modeler), brought up to
 * the table.
 */
final class TableForms {

  /** The process variable of a decision's answer is this and the decision's row number. */
  static final String DECISION_VARIABLE = "keputusan";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  /** The layout Camunda Modeler saves forms in: two spaces, {@code "key": value}, one array item a line. */
  private static final DefaultPrettyPrinter MODELER_LAYOUT = new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")).withObjectIndenter(new DefaultIndenter("  ", "\n"));
  /** The head's lines a table row fills: label to the row's value. */
  private static final Map<String, Function<Row, String>> HEAD_LINES = headLines();

  private TableForms() {
  }

  static String form(String id, Row row, List<Row> decisions, Function<Row, String> variable) {
    List<Map<String, Object>> components = new ArrayList<>();
    components.add(Map.of("type", "text", "id", id + "-standar", "text", standard(row)));
    for (Row decision : decisions) {
      components.add(radio(id, decision, variable));
    }
    components.add(Map.of("type", "textarea", "key", "catatan" + row.number(), "label", "Catatan",
        "id", id + "-catatan"));
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("executionPlatform", "Camunda Platform");
    form.put("executionPlatformVersion", "7.24.0");
    form.put("schemaVersion", 16);
    form.put("id", id);
    form.put("type", "default");
    form.put("components", components);
    try {
      return JSON.writeValueAsString(form) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A kept form brought up to the row: at its head (its first text) the step's name where it showed
   * the old one and each line of the mutu baku the table changed; a radio for each decision it must ask
   * and does not. Anything else stays; a form with nothing to change comes back as it was.
   *
   * @param before the step as the replaced model had it
   */
  static String kept(String json, Row before, Row row, List<Row> decisions, Function<Row, String> variable) {
    try {
      ObjectNode form = (ObjectNode) JSON.readTree(json);
      ArrayNode components = (ArrayNode) form.path("components");
      boolean changed = false;
      ObjectNode head = head(components);
      if (head == null) {
        components.insert(0, JSON.valueToTree(Map.of("type", "text", "id", form.path("id").asText() + "-standar",
            "text", standard(row))));
        changed = true;
      } else {
        String text = withHead(head.path("text").asText(), before, row);
        changed = !text.equals(head.path("text").asText());
        head.put("text", text);
      }
      changed |= withoutStaleRadios(components, form.path("id").asText(), decisions.stream().map(variable).toList());
      for (Row decision : decisions) {
        if (components.findValues("key").stream().noneMatch(key -> key.asText().equals(variable.apply(decision)))) {
          components.add(JSON.valueToTree(radio(form.path("id").asText(), decision, variable)));
          changed = true;
        }
      }
      return changed ? JSON.writer(MODELER_LAYOUT).writeValueAsString(form) + "\n" : json;
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalArgumentException("the form kept for step '" + row.kegiatan() + "' is not a Camunda Form", e);
    }
  }

  /**
   * Removes the radios an earlier import added for decisions this step no longer asks (their id is
   * the form's id and their key, their key {@link #DECISION_VARIABLE} and a row number); radios made by hand stay.
   */
  private static boolean withoutStaleRadios(ArrayNode components, String formId, List<String> asked) {
    boolean removed = false;
    for (int i = components.size() - 1; i >= 0; i--) {
      JsonNode component = components.get(i);
      String key = component.path("key").asText();
      if ("radio".equals(component.path("type").asText()) && key.matches(DECISION_VARIABLE + "\\d+")
          && component.path("id").asText().equals(formId + "-" + key) && !asked.contains(key)) {
        components.remove(i);
        removed = true;
      }
    }
    return removed;
  }

  private static ObjectNode head(ArrayNode components) {
    for (JsonNode component : components) {
      if ("text".equals(component.path("type").asText())) {
        return (ObjectNode) component;
      }
    }
    return null;
  }

  /** The head's text with the row's name and mutu baku where the table changed them. */
  private static String withHead(String text, Row before, Row row) {
    String result = before.kegiatan().equals(row.kegiatan()) ? text : text.replaceFirst("(?m)^(#+ )"
        + Pattern.quote(before.kegiatan()) + "[ \\t]*$", "$1" + Matcher.quoteReplacement(row.kegiatan()));
    for (Map.Entry<String, Function<Row, String>> line : HEAD_LINES.entrySet()) {
      String old = line.getValue().apply(before);
      String now = line.getValue().apply(row);
      result = normalized(old).equals(normalized(now)) ? result : withLine(result, line.getKey(), now);
    }
    return result;
  }

  /**
   * The line "**Label:** value" set to the value: replaced, or gone when blank; a missing line is added
   * only for the standard time, which every form must show.
   */
  private static String withLine(String text, String label, String value) {
    Matcher line = Pattern.compile("(?m)^(\\W*" + Pattern.quote(label) + ":\\**[ \\t]*)(.*?)([ \\t]*)$").matcher(text);
    if (!line.find()) {
      return value.isBlank() || !label.equals(SopProperty.WAKTU.label()) ? text : text + "  \n**" + label + ":** " + value;
    }
    if (value.isBlank()) {
      boolean last = line.end() == text.length();
      return text.substring(0, last ? Math.max(0, line.start() - 1) : line.start()) + text.substring(last ? line.end()
          : line.end() + 1);
    }
    return text.substring(0, line.start(2)) + value + text.substring(line.end(2));
  }

  private static String normalized(String value) {
    return value.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
  }

  private static Map<String, Object> radio(String formId, Row decision, Function<Row, String> variable) {
    Map<String, Object> radio = new LinkedHashMap<>();
    radio.put("type", "radio");
    radio.put("key", variable.apply(decision));
    radio.put("label", decision.kegiatan());
    radio.put("values", decision.branches().stream().map(Branch::label).distinct()
        .map(label -> Map.of("label", label, "value", label)).toList());
    radio.put("validate", Map.of("required", true));
    radio.put("id", formId + "-" + variable.apply(decision));
    return radio;
  }

  private static Map<String, Function<Row, String>> headLines() {
    Map<String, Function<Row, String>> lines = new LinkedHashMap<>();
    lines.put(SopProperty.WAKTU.label(), Row::waktu);
    lines.put(SopProperty.KELENGKAPAN.label(), Row::kelengkapan);
    lines.put(SopProperty.OUTPUT.label(), Row::output);
    lines.put(SopProperty.KETERANGAN.label(), Row::keterangan);
    return lines;
  }

  /** The form's head: the step's name, its standard time (always, even empty), then each other line written. */
  private static String standard(Row row) {
    StringBuilder text = new StringBuilder("### ").append(row.kegiatan()).append("\n\n**")
        .append(SopProperty.WAKTU.label()).append(":** ").append(row.waktu());
    headLines().forEach((label, value) -> {
      if (!label.equals(SopProperty.WAKTU.label()) && !value.apply(row).isBlank()) {
        text.append("  \n**").append(label).append(":** ").append(value.apply(row));
      }
    });
    return text.toString();
  }
}
