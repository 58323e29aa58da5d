package org.sopflow.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The sheets of a table file as text cells: an XLSX workbook (cells as the spreadsheet shows them),
 * or a CSV file holding the sheets one after the other, each opened by a line {@code [Identitas]} or
 * {@code [Prosedur]}, cells separated by commas or semicolons (as a spreadsheet saves it in an
 * Indonesian locale).
 */
final class TableSheets {

  static final String IDENTITAS = "Identitas";
  static final String PROSEDUR = "Prosedur";
  static final String PETUNJUK = "Petunjuk";

  private TableSheets() {
  }

  /** The sheets by name, each a list of rows of cells; trailing empty cells and rows are kept out. */
  static Map<String, List<List<String>>> read(String file, InputStream in) throws IOException {
    return file.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? csv(new String(in.readAllBytes(),
        StandardCharsets.UTF_8)) : xlsx(in);
  }

  private static Map<String, List<List<String>>> xlsx(InputStream in) throws IOException {
    Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
    DataFormatter text = new DataFormatter();
    try (Workbook workbook = WorkbookFactory.create(in)) {
      for (Sheet sheet : workbook) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
          Row row = sheet.getRow(r);
          List<String> cells = new ArrayList<>();
          for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : text.formatCellValue(cell).trim());
          }
          rows.add(trimmed(cells));
        }
        sheets.put(sheet.getSheetName(), trimmedRows(rows));
      }
    } catch (org.apache.poi.EmptyFileException | org.apache.poi.UnsupportedFileFormatException e) {
      throw new IOException("not an XLSX workbook: " + e.getMessage(), e);
    }
    return sheets;
  }

  private static Map<String, List<List<String>>> csv(String content) {
    Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    char separator = separator(text);
    List<List<String>> current = null;
    for (List<String> row : csvRows(text, separator)) {
      String first = row.isEmpty() ? "" : row.get(0);
      if (first.matches("\\[[^]]+]")) {
        current = new ArrayList<>();
        sheets.put(first.substring(1, first.length() - 1).trim(), current);
      } else if (current != null) {
        current.add(trimmed(row));
      }
    }
    sheets.replaceAll((name, rows) -> trimmedRows(rows));
    return sheets;
  }

  /** A semicolon when the text has more of them than commas outside quotes in its first lines. */
  private static char separator(String text) {
    String head = text.lines().limit(20).reduce("", (a, b) -> a + "\n" + b);
    long semicolons = head.chars().filter(c -> c == ';').count();
    long commas = head.chars().filter(c -> c == ',').count();
    return semicolons > commas ? ';' : ',';
  }

  /** RFC 4180 rows: quoted cells may hold separators, doubled quotes and line breaks. */
  private static List<List<String>> csvRows(String text, char separator) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        row.add(cell.toString().trim());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString().trim());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString().trim());
      rows.add(row);
    }
    return rows;
  }

  private static List<String> trimmed(List<String> cells) {
    int end = cells.size();
    while (end > 0 && cells.get(end - 1).isBlank()) {
      end--;
    }
    return new ArrayList<>(cells.subList(0, end));
  }

  private static List<List<String>> trimmedRows(List<List<String>> rows) {
    int end = rows.size();
    while (end > 0 && rows.get(end - 1).isEmpty()) {
      end--;
    }
    return new ArrayList<>(rows.subList(0, end));
  }
}
