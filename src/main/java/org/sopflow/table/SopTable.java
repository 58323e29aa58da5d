package org.sopflow.table;

import java.util.List;
import java.util.Map;

/**
 * An SOP as its owners write it (Permenpan RB 35/2012): the identity, the pelaksana in column order
 * and the procedure, one row per activity or decision.
 *
 * @param key the process id (the SOP key)
 * @param name the nama SOP
 * @param unit the unit kerja the SOP belongs to (the pool's name, the document's heading); null: the name
 * @param uraian what the SOP is for (the process's documentation), or null
 * @param versi the model's version tag, or null
 * @param identity the {@code sop.*} process properties, without the prefix, in sheet order
 * @param pelaksana the role ids of the pelaksana columns, left to right
 * @param laneNames the name a lane shows where it is not its role's name in the catalogue
 *     (header {@code PPID [ppid]}), by role id
 * @param rows the procedure, in row order
 */
public record SopTable(String key, String name, String unit, String uraian, String versi, Map<String, String> identity,
                       List<String> pelaksana, Map<String, String> laneNames, List<Row> rows) {

  /** The flowchart symbol of a row. */
  public enum Symbol {
    /** The first activity: the process starts with it. */
    MULAI("mulai"),
    /** An activity. */
    PROSES("proses"),
    /** A decision: its branches say where each answer leads. */
    KEPUTUSAN("keputusan"),
    /** An activity after which the procedure ends. */
    SELESAI("selesai");

    private final String word;

    Symbol(String word) {
      this.word = word;
    }

    /** As written in the table. */
    public String word() {
      return word;
    }

    static Symbol of(String word) {
      for (Symbol symbol : values()) {
        if (symbol.word.equalsIgnoreCase(word.trim())) {
          return symbol;
        }
      }
      return null;
    }

    boolean isActivity() {
      return this != KEPUTUSAN;
    }
  }

  /**
   * Where a row leads: a decision's answer ({@code Ya: 5}, with its own condition as
   * {@code Ya [${lengkap}]: 5}), a jump ({@code 5}), one of the rows that start at the same time
   * ({@code 5 & 6}), or the end ({@code selesai}, {@link #END}).
   */
  public record Branch(String label, String condition, int row, boolean parallel) {

    /** The row number of the end of the procedure. */
    public static final int END = 0;

    public boolean toEnd() {
      return row == END;
    }
  }

  /** An end of the procedure (column Akhir): its id, the status it gives the request, its name. */
  public record End(String id, String status, String name) {
  }

  /**
   * One row of the procedure.
   *
   * @param number the No column
   * @param role the role id of the pelaksana column holding the symbol
   * @param waktu the standard time as written ({@code sop.waktu}); empty for a decision
   * @param branches where the row leads; empty: to the next row (or, for {@code selesai}, the end)
   * @param ends the ends this row leads to, in order (column Akhir); empty: named after the row
   * @param id the BPMN element id (column Id, optional): kept on export so a model keeps its ids
   * @param properties the step's other {@code sop.*} properties, without the prefix (column Properti lain)
   */
  public record Row(int number, String kegiatan, String role, Symbol symbol, String kelengkapan, String waktu,
                    String output, String keterangan, List<Branch> branches, List<End> ends, String id,
                    Map<String, String> properties) {

    /** Whether the row leads to the end: a {@code selesai} row, or a branch to {@code selesai}. */
    public boolean leadsToEnd() {
      return symbol == Symbol.SELESAI || branches.stream().anyMatch(Branch::toEnd);
    }
  }
}
