package org.sopflow.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sopflow.model.Role;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.SopProperty;
import org.sopflow.model.SopProperty.Place;
import org.sopflow.table.SopTable.Branch;
import org.sopflow.table.SopTable.End;
import org.sopflow.table.SopTable.Row;
import org.sopflow.table.SopTable.Symbol;

/**
 * An {@link SopTable} as the XLSX workbook SOP owners fill in: Identitas, Prosedur (laid out like
 * the Permenpan RB 35/2012 table, with a list of the four symbols in each pelaksana cell) and
 * Petunjuk, which explains the columns. The template is the same workbook without an SOP.
 */
final class TableWorkbook {

  /** Rows of the Prosedur sheet that offer the symbol list, in a template or below an SOP's rows. */
  private static final int FILLABLE_ROWS = 100;

  private TableWorkbook() {
  }

  static byte[] write(SopTable table, RoleCatalogue roles) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle header = header(workbook);
      identity(workbook.createSheet(TableSheets.IDENTITAS), table, header);
      procedure(workbook.createSheet(TableSheets.PROSEDUR), table, roles, header);
      guide(workbook.createSheet(TableSheets.PETUNJUK), header);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The template: an empty SOP with three pelaksana columns to rename. */
  static byte[] template(RoleCatalogue roles) {
    return write(new SopTable("", "", null, null, null, Map.of(), List.of("pelaksana-1", "pelaksana-2",
        "pelaksana-3"), Map.of(), List.of()), roles);
  }

  private static void identity(Sheet sheet, SopTable table, CellStyle header) {
    row(sheet, 0, header, "Properti", "Keterangan", "Isi");
    Map<String, String> values = new LinkedHashMap<>();
    values.put(TableParser.KEY, table.key());
    values.put(TableParser.NAME, table.name());
    values.put(TableParser.UNIT, table.unit());
    values.put(TableParser.URAIAN, table.uraian());
    values.put(TableParser.VERSI, table.versi());
    int r = 1;
    for (Map.Entry<String, String> field : values.entrySet()) {
      row(sheet, r++, null, field.getKey(), TableGuide.IDENTITY.get(field.getKey()),
          field.getValue() == null ? "" : field.getValue());
    }
    for (SopProperty property : SopProperty.allAt(Place.PROCESS)) {
      String value = property.in(table.identity());
      row(sheet, r++, null, property.fullName(), TableGuide.help(property), value == null ? "" : value);
    }
    sheet.setColumnWidth(0, 28 * 256);
    sheet.setColumnWidth(1, 50 * 256);
    sheet.setColumnWidth(2, 70 * 256);
  }

  private static void procedure(Sheet sheet, SopTable table, RoleCatalogue roles, CellStyle header) {
    List<String> titles = new ArrayList<>(List.of(TableParser.NO, TableParser.KEGIATAN));
    table.pelaksana().forEach(role -> titles.add(title(table, role, roles)));
    titles.addAll(List.of(TableParser.KELENGKAPAN, TableParser.WAKTU, TableParser.OUTPUT, TableParser.KETERANGAN,
        TableParser.CABANG, TableParser.AKHIR, TableParser.ID, TableParser.PROPERTI));
    row(sheet, 0, header, titles.toArray(String[]::new));
    int r = 1;
    for (Row row : table.rows()) {
      List<String> cells = new ArrayList<>(List.of(String.valueOf(row.number()), row.kegiatan()));
      table.pelaksana().forEach(role -> cells.add(role.equals(row.role()) ? row.symbol().word() : ""));
      cells.addAll(List.of(row.kelengkapan(), row.waktu(), row.output(), row.keterangan(), branches(row),
          ends(row), row.id() == null ? "" : row.id(), properties(row)));
      row(sheet, r++, null, cells.toArray(String[]::new));
    }
    symbolList(sheet, table.pelaksana().size(), Math.max(r, 1) + FILLABLE_ROWS);
    sheet.setColumnWidth(1, 45 * 256);
    for (int c = 2; c < titles.size(); c++) {
      sheet.setColumnWidth(c, 20 * 256);
    }
    sheet.createFreezePane(2, 1);
  }

  /** A pelaksana column's title: the role's name, or the lane's own name with the role id in brackets. */
  private static String title(SopTable table, String role, RoleCatalogue roles) {
    String catalogued = roles.find(role).map(Role::name).orElse(role);
    String lane = table.laneNames().get(role);
    return lane == null || lane.equals(catalogued) ? catalogued : lane + " [" + role + "]";
  }

  /** A drop-down of the four symbols in every pelaksana cell. */
  private static void symbolList(Sheet sheet, int pelaksana, int lastRow) {
    if (pelaksana == 0) {
      return;
    }
    DataValidationHelper helper = sheet.getDataValidationHelper();
    String[] symbols = java.util.Arrays.stream(Symbol.values()).map(Symbol::word).toArray(String[]::new);
    DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(symbols),
        new CellRangeAddressList(1, lastRow, 2, 1 + pelaksana));
    validation.setShowErrorBox(true);
    validation.createErrorBox("Simbol", "Tulis mulai, proses, keputusan atau selesai");
    sheet.addValidationData(validation);
  }

  private static void guide(Sheet sheet, CellStyle header) {
    row(sheet, 0, header, "Kolom", "Isi");
    int r = 1;
    for (Map.Entry<String, String> entry : TableGuide.COLUMNS.entrySet()) {
      row(sheet, r++, null, entry.getKey(), entry.getValue());
    }
    for (SopProperty property : TableGuide.OTHER_STEP_PROPERTIES) {
      row(sheet, r++, null, property.fullName(), TableGuide.help(property));
    }
    sheet.setColumnWidth(0, 24 * 256);
    sheet.setColumnWidth(1, 110 * 256);
  }

  /** The Cabang cell: {@code Ya [condition]: 5; Tidak: selesai}, {@code 5 & 6}, or a row to jump to. */
  static String branches(Row row) {
    if (row.branches().stream().anyMatch(Branch::parallel)) {
      return row.branches().stream().map(branch -> String.valueOf(branch.row())).collect(Collectors.joining(" & "));
    }
    return row.branches().stream().map(branch -> (branch.label() == null ? "" : branch.label()
            + (branch.condition() == null ? "" : " [" + branch.condition() + "]") + ": ")
            + (branch.toEnd() ? "selesai" : String.valueOf(branch.row())))
        .collect(Collectors.joining("; "));
  }

  private static String ends(Row row) {
    return row.ends().stream().map(TableWorkbook::end).collect(Collectors.joining("; "));
  }

  private static String end(End end) {
    return end.id() + (end.status() == null && end.name() == null ? "" : " | " + (end.status() == null ? ""
        : end.status())) + (end.name() == null ? "" : " | " + end.name());
  }

  private static String properties(Row row) {
    return row.properties().entrySet().stream().map(entry -> SopProperty.PREFIX + entry.getKey() + "="
        + entry.getValue()).collect(Collectors.joining("; "));
  }

  private static void row(Sheet sheet, int index, CellStyle style, String... values) {
    var row = sheet.createRow(index);
    for (int c = 0; c < values.length; c++) {
      var cell = row.createCell(c);
      cell.setCellValue(values[c]);
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }

  private static CellStyle header(XSSFWorkbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    CellStyle style = workbook.createCellStyle();
    style.setFont(bold);
    style.setWrapText(true);
    return style;
  }
}
