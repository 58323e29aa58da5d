package org.sopflow.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Years of finished cases for the city benchmark, without running each through the engine (480,000
 * cases at about 190 a second would take most of an hour before anything is measured): the rows of
 * a few cases the engine really ran to their end (its history, the SOP layer's deadline and tracking
 * rows, the cases' need-to-know grants) are copied on PostgreSQL, each copy given new ids and moved
 * into an earlier month. The copies are as the engine writes them, row for row and index for index;
 * only their values repeat the templates'.
 */
final class PastHistory {

  /** A table with rows per case, and the column naming the case. */
  private record Table(String name, String caseColumn) {
  }

  private static final List<Table> TABLES = List.of(
      new Table("act_hi_procinst", "proc_inst_id_"),
      new Table("act_hi_actinst", "proc_inst_id_"),
      new Table("act_hi_taskinst", "proc_inst_id_"),
      new Table("act_hi_varinst", "proc_inst_id_"),
      new Table("act_hi_detail", "proc_inst_id_"),
      new Table("act_hi_identitylink", "root_proc_inst_id_"),
      new Table("act_hi_op_log", "proc_inst_id_"),
      new Table("act_ru_authorization", "resource_id_"),
      new Table("sop_instance_deadline", "process_instance_id"),
      new Table("sop_task_deadline", "process_instance_id"),
      new Table("sop_tracking", "process_instance_id"));

  /** Columns holding the id of a case or of one of its parts: each copy's own. */
  private static final Set<String> IDS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_",
      "task_id_", "act_inst_id_", "parent_act_inst_id_", "parent_task_id_", "business_key_", "resource_id_",
      "var_inst_id_", "call_proc_inst_id_", "process_instance_id", "task_id", "activity_instance_id", "id");

  private PastHistory() {
  }

  /**
   * Copies the template cases into the {@code months} months before theirs, {@code perMonth} copies of
   * each a month spread over the month, and returns the rows written per table.
   */
  static Map<String, Long> copy(JdbcClient jdbc, Collection<String> templates, int months, int perMonth) {
    String inTemplates = templates.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", ", "(", ")"));
    Map<String, Long> written = new LinkedHashMap<>();
    for (Table table : TABLES) {
      List<String> columns = new ArrayList<>();
      List<String> values = new ArrayList<>();
      jdbc.sql("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?"
          + " ORDER BY ordinal_position").param(table.name()).query((row, n) -> {
            String column = row.getString("column_name");
            columns.add(column);
            values.add(value(column, row.getString("data_type")));
            return null;
          }).list();
      long rows = jdbc.sql("INSERT INTO " + table.name() + " (" + String.join(", ", columns) + ") SELECT "
          + String.join(", ", values) + " FROM " + table.name() + " t CROSS JOIN (SELECT g, 1 + (g - 1) / " + perMonth
          + " AS month, (g - 1) % " + perMonth + " AS nth FROM generate_series(1, " + months * perMonth + ") g) c"
          + " WHERE t." + table.caseColumn() + " IN " + inTemplates).update();
      written.put(table.name(), rows);
    }
    return written;
  }

  /** A copy's value of a column: ids made its own, times moved back by months and on within the month. */
  private static String value(String column, String type) {
    String original = "t." + column;
    if (IDS.contains(column)) {
      return original + " || '-' || c.g";
    }
    if (column.equals("code")) {
      return "upper(substr(md5(" + original + " || c.g), 1, 12))";
    }
    if (column.equals("code_hash")) {
      return "md5(" + original + " || c.g) || md5(c.g || " + original + ")";
    }
    if (type.startsWith("timestamp") || type.equals("date")) {
      return original + " - make_interval(months => c.month) + make_interval(hours => c.nth * 30)";
    }
    return original;
  }
}
