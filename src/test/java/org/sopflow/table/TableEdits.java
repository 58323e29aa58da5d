package org.sopflow.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** What an SOP owner does to an exported workbook: changes cells of one step's row in the Prosedur sheet. */
final class TableEdits {

  private TableEdits() {
  }

  /** Sets cells (by column title) of the Prosedur row whose Kegiatan is given. */
  static byte[] edit(byte[] workbook, String kegiatan, Map<String, String> cells) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
         ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.getSheet("Prosedur");
      Row row = IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
          .filter(candidate -> candidate.getCell(1).getStringCellValue().equals(kegiatan)).findFirst().orElseThrow();
      cells.forEach((column, value) -> row.getCell(column(sheet, column)).setCellValue(value));
      book.write(out);
      return out.toByteArray();
    }
  }

  /** A cell (by column title) of the Prosedur row whose Kegiatan is given. */
  static String cell(byte[] workbook, String kegiatan, String column) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      Sheet sheet = book.getSheet("Prosedur");
      return IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
          .filter(candidate -> candidate.getCell(1).getStringCellValue().equals(kegiatan)).findFirst().orElseThrow()
          .getCell(column(sheet, column)).getStringCellValue();
    }
  }

  private static int column(Sheet sheet, String title) {
    Row header = sheet.getRow(0);
    return IntStream.range(0, header.getLastCellNum()).filter(c -> header.getCell(c).getStringCellValue().equals(title))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("no column " + title));
  }
}
