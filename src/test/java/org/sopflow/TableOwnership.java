package org.sopflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which module may name which table in its code: Camunda's ({@code ACT_*}) belong to the engine
 * adapter, each SOP table ({@code sop_*}, created by {@code db/migration}) to the module that writes
 * it. Another module asks the owner's API. {@code docs/architecture.md} lists the same.
 */
final class TableOwnership {

  static final Map<String, String> OWNERS = owners(
      "deviation", "sop_maladministration_event", "sop_event_chain_head",
      "deadline", "sop_task_deadline", "sop_instance_deadline", "sop_applicant_wait",
      "tracking", "sop_tracking",
      "survey", "sop_skm_response", "sop_skm_answered", "sop_skm_publication", "sop_skm_publication_opd",
      "sop_internal_response",
      "notification", "sop_notification", "sop_outbox", "sop_task_reminder", "sop_morning_digest",
      "pdp", "sop_personal_field", "sop_personal_data_access",
      "roles", "sop_case_reader",
      "renewal", "sop_version", "sop_version_file", "sop_version_change", "sop_version_document",
      "followup", "sop_follow_up",
      "holiday", "sop_holiday_change",
      "city", "sop_opd_added");

  static final String CAMUNDA_OWNER = "engine";

  private static final Path MAIN = SourceTree.src("main", "java", "org", "sopflow");
  private static final Pattern CAMUNDA_TABLE = Pattern.compile("\\bACT_(?:RE|RU|HI|ID|GE)_[A-Z_]+\\b");
  private static final Pattern CREATE_TABLE = Pattern.compile("(?i)CREATE TABLE\\s+(\\w+)");

  private final Set<String> sopTables;

  private TableOwnership(Set<String> sopTables) {
    this.sopTables = sopTables;
  }

  /** The SOP tables are those the Flyway migrations create. */
  static TableOwnership ofThisProject() throws IOException {
    Set<String> tables = new TreeSet<>();
    try (Stream<Path> migrations = Files.list(SourceTree.src("main", "resources", "db", "migration"))) {
      for (Path migration : migrations.toList()) {
        Matcher created = CREATE_TABLE.matcher(Files.readString(migration));
        while (created.find()) {
          tables.add(created.group(1).toLowerCase());
        }
      }
    }
    return new TableOwnership(tables);
  }

  Set<String> tablesWithoutOwner() {
    Set<String> without = new TreeSet<>(sopTables);
    without.removeAll(OWNERS.keySet());
    return without;
  }

  /** The main sources by path below {@code org/sopflow} (its first folder is the module). */
  static Map<String, String> mainSources() throws IOException {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        sources.put(MAIN.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }
    return sources;
  }

  /** One line per table a source names outside its owner. */
  List<String> violations(Map<String, String> sourcesByPath) {
    List<String> violations = new ArrayList<>();
    sourcesByPath.forEach((path, source) -> {
      String module = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
      for (String table : tablesNamedIn(source)) {
        String owner = table.startsWith("ACT_") ? CAMUNDA_OWNER : OWNERS.get(table);
        if (!module.equals(owner)) {
          violations.add(path + " names " + table + ", which module " + owner + " owns");
        }
      }
    });
    return violations;
  }

  private Set<String> tablesNamedIn(String source) {
    Set<String> named = new TreeSet<>();
    Matcher camunda = CAMUNDA_TABLE.matcher(source);
    while (camunda.find()) {
      named.add(camunda.group());
    }
    for (String table : sopTables) {
      if (Pattern.compile("\\b" + table + "\\b").matcher(source).find()) {
        named.add(table);
      }
    }
    return named;
  }

  private static Map<String, String> owners(String... moduleThenTables) {
    Map<String, String> owners = new LinkedHashMap<>();
    String module = null;
    for (String word : moduleThenTables) {
      if (word.startsWith("sop_")) {
        owners.put(word, module);
      } else {
        module = word;
      }
    }
    return owners;
  }
}
