package org.sopflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every key of the English locale files in the Camunda 7.24 (or Operaton) webjar has an Indonesian value: not
 * missing, not empty where English is not, not left in English (save product names and symbols),
 * and with the same placeholders and markup, which the webapps fill in.
 */
class IndonesianLocaleTest {

  /** Values that read the same in both languages: product names, data types, symbols, codes. */
  private static final Set<String> SAME_IN_BOTH = Set.of("Admin", "Camunda", "Cockpit", "Tasklist", "Camunda Cockpit",
      "Boolean", "Double", "Integer", "Long", "Short", "String", "Filter", "Filters", "ID", "ID*", "Batch", "Batches",
      "Tenant", "Tenants", "Job", "Jobs", "Operator", "Label", "Status", "Total", "Min", "Input", "Inputs", "Output",
      "Outputs", "Optimize", "Valid", "GLOBAL", "CSV", "JSON", "Endpoint", "null", "Diagram", "Deployment", "Deployments",
      "Runtime", "Instance", "Variable", "Process engine", "Deploy", " Deploy", "User Tasks", "External Tasks",
      "Variable / {{variableName}}", "Tenant: ID", "batch", "DD/MM/YYYY", "D MMMM YYYY", "L", "September", "April",
      "November", "Jan", "Feb", "Mar", "Apr", "Jun", "Sep", "Nov", "<", "<=", ">", ">=", "{{count}} jobs",
      "(cockpit or tasklist *)", "instance", "instances", "Jul", "Minimum:");
  /** Keys one engine's webapps have and the other's not: Camunda 7's end-of-life banner (not in Operaton's). */
  private static final Set<String> NOT_IN_EVERY_ENGINE = Set.of("labels.BANNER_CE_EOL_TEXT");
  /** The English plural suffix, appended to counted words; Indonesian has none. */
  private static final Set<String> MAY_BE_EMPTY = Set.of("s");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}|\\{}|%[sd]|</?(a|br|strong|i)\\b[^>]*>");
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<String> apps() {
    return WebappLocales.APPS;
  }

  @ParameterizedTest
  @MethodSource("apps")
  void everyEnglishKeyHasAnIndonesianValue(String app) {
    Map<String, String> english = flatten(WebappLocales.read(JSON, WebappLocales.englishPath(app)));
    Map<String, String> indonesian = flatten(WebappLocales.read(JSON, WebappLocales.indonesianPath(app)));
    assertThat(english).as("English keys of %s in the 7.24 webjar", app).hasSizeGreaterThan(100);

    List<String> problems = new ArrayList<>();
    english.forEach((key, value) -> {
      String translated = indonesian.get(key);
      if (translated == null) {
        problems.add(key + ": missing");
      } else if (!value.matches(".*\\p{L}.*")) {
        return; // numbers and symbols (the calendar's first day of the week, "<=")
      } else if (translated.isBlank() && !MAY_BE_EMPTY.contains(value)) {
        problems.add(key + ": empty");
      } else if (translated.equals(value) && !value.isBlank() && !SAME_IN_BOTH.contains(value)) {
        problems.add(key + ": still English \"" + value + "\"");
      } else if (!placeholders(value).equals(placeholders(translated))) {
        problems.add(key + ": placeholders " + placeholders(value) + " became " + placeholders(translated));
      }
    });
    assertThat(problems).as("keys of %s/locales/en.json not translated in %s", app, WebappLocales.indonesianPath(app))
        .isEmpty();
  }

  @ParameterizedTest
  @MethodSource("apps")
  void noKeyOutsideTheEnglishFile(String app) {
    Map<String, String> english = flatten(WebappLocales.read(JSON, WebappLocales.englishPath(app)));
    Map<String, String> indonesian = flatten(WebappLocales.read(JSON, WebappLocales.indonesianPath(app)));
    Set<String> stale = new java.util.TreeSet<>(indonesian.keySet());
    stale.removeAll(english.keySet());
    assertThat(stale).as("stale keys in %s", WebappLocales.indonesianPath(app)).isSubsetOf(NOT_IN_EVERY_ENGINE);
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replaceAll("\\s", ""));
    }
    found.sort(null);
    return found;
  }

  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> values = new TreeMap<>();
    flatten("", node, values);
    return values;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> values) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), values);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), values);
      }
    } else {
      values.put(path, node.asText());
    }
  }
}
