package org.sopflow.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sopflow.table.SopTable.Branch;
import org.sopflow.table.SopTable.Row;

/**
 * The Camunda Form of an imported step: its mutu baku at the head (as the catalogue's forms show it,
 * which the lint compares with the step's properties), the answer to each decision that follows it,
 * and a note.
 */
final class TableForms {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private TableForms() {
  }

  static String form(String id, Row row, List<Row> decisions, Function<Row, String> variable) {
    List<Map<String, Object>> components = new ArrayList<>();
    components.add(Map.of("type", "text", "id", id + "-standar", "text", standard(row)));
    for (Row decision : decisions) {
      Map<String, Object> radio = new LinkedHashMap<>();
      radio.put("type", "radio");
      radio.put("key", variable.apply(decision));
      radio.put("label", decision.kegiatan());
      radio.put("values", decision.branches().stream().map(Branch::label).distinct()
          .map(label -> Map.of("label", label, "value", label)).toList());
      radio.put("validate", Map.of("required", true));
      radio.put("id", id + "-" + variable.apply(decision));
      components.add(radio);
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

  private static String standard(Row row) {
    StringBuilder text = new StringBuilder("### ").append(row.kegiatan()).append("\n\n**Waktu standar:** ")
        .append(row.waktu());
    if (!row.kelengkapan().isBlank()) {
      text.append("  \n**Kelengkapan:** ").append(row.kelengkapan());
    }
    if (!row.output().isBlank()) {
      text.append("  \n**Output:** ").append(row.output());
    }
    if (!row.keterangan().isBlank()) {
      text.append("  \n**Keterangan:** ").append(row.keterangan());
    }
    return text.toString();
  }
}
