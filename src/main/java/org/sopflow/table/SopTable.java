package org.sopflow.table;

import java.util.List;
import java.util.Map;

/**
 * An SOP as its owners write it (Permenpan RB 35/2012): the identity, the pelaksana in column order
 * and the procedure, one row per activity or decision.
 *
 * @param key the process id (the SOP key)
 * @param name the nama SOP
 * @param identity the {@code sop.*} process properties, without the prefix, in sheet order
 * @param pelaksana the role ids of the pelaksana columns, left to right
 * @param rows the procedure, in row order
 */
public record SopTable(String key, String name, Map<String, String> identity, List<String> pelaksana,
                       List<Row> rows) {

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

  /** Where a row leads: with a label for a decision's answer ({@code Ya: 5}), or none for a jump. */
  public record Branch(String label, int row) {
  }

  /**
   * One row of the procedure.
   *
   * @param number the No column
   * @param role the role id of the pelaksana column holding the symbol
   * @param waktu the standard time as written ({@code sop.waktu}); empty for a decision
   * @param branches where the row leads; empty: to the next row (or, for {@code selesai}, the end)
   * @param id the BPMN element id (column Id, optional): kept on export so a model keeps its ids
   */
  public record Row(int number, String kegiatan, String role, Symbol symbol, String kelengkapan, String waktu,
                    String output, String keterangan, List<Branch> branches, String id) {
  }
}
