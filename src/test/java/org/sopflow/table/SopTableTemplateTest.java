package org.sopflow.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sopflow.SopTestEngine;

/**
 * The template SOP owners fill in is made by the application: {@code modeler/sop-template.xlsx} holds
 * what it makes today (refresh with {@code mvn test -Dtest=SopTableTemplateTest -Dsop.docs.write=true}),
 * and a model exported, edited in one cell and imported again changes in exactly that.
 */
class SopTableTemplateTest {

  private static final Path TEMPLATE = Path.of("modeler/sop-template.xlsx");

  @TempDir
  Path folder;

  @Test
  void theCommittedTemplateIsTheOneTheApplicationMakes() throws IOException {
    byte[] made = SopTableExport.template(SopTestEngine.roleCatalogue());
    if (Boolean.getBoolean("sop.docs.write")) {
      Files.write(TEMPLATE, made);
    }
    assertThat(sheets(Files.readAllBytes(TEMPLATE))).as(TEMPLATE + " is stale; refresh it with"
        + " mvn test -Dtest=SopTableTemplateTest -Dsop.docs.write=true").isEqualTo(sheets(made));
  }

  @Test
  void theTemplateHasTheThreeSheetsTheColumnsAndTheSymbolList() throws IOException {
    Map<String, List<List<String>>> sheets = sheets(Files.readAllBytes(TEMPLATE));
    assertThat(sheets.keySet()).containsExactly("Identitas", "Prosedur", "Petunjuk");
    assertThat(sheets.get("Prosedur").get(0)).containsExactly("No", "Kegiatan", "pelaksana-1", "pelaksana-2",
        "pelaksana-3", "Kelengkapan", "Waktu", "Output", "Keterangan", "Cabang", "Akhir", "Id", "Properti lain");
    assertThat(sheets.get("Identitas").stream().map(row -> row.get(0)))
        .contains("kunci", "nama", "sop.nomor", "sop.waktu-layanan", "sop.layanan-publik");
    assertThat(sheets.get("Petunjuk").stream().map(row -> row.get(0)))
        .contains("No", "Kegiatan", "Pelaksana", "Waktu", "Cabang", "Akhir");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(TEMPLATE)))) {
      List<? extends DataValidation> lists = workbook.getSheet("Prosedur").getDataValidations();
      assertThat(lists).hasSize(1);
      assertThat(lists.get(0).getValidationConstraint().getExplicitListValues())
          .containsExactly("mulai", "proses", "keputusan", "selesai");
    }
  }

  @Test
  void editingAWaktuOrAPelaksanaInTheSheetChangesExactlyThatInTheModel() throws IOException {
    Path model = folder.resolve("asli");
    SopTableImport.importTable(SopTableImportTest.TABLE, model, SopTestEngine.roleCatalogue());
    byte[] exported = SopTableExport.workbook(org.camunda.bpm.model.bpmn.Bpmn.readModelFromFile(
        model.resolve("pkp-peliputan-kegiatan.bpmn").toFile()), SopTestEngine.roleCatalogue());
    SopTable before = importAgain(exported, "sama");
    assertThat(before).isEqualTo(table(model.resolve("pkp-peliputan-kegiatan.bpmn")));

    // Sunting berita dan foto: 2 jam becomes 3 jam, and the redaktur's symbol moves to kabid-pkp
    SopTable after = importAgain(edit(exported, "Sunting berita dan foto", "Waktu", "3 jam", "Kepala Bidang Pengelolaan Komunikasi Publik",
        "Redaktur Portal dan Media Sosial"), "ubah");
    for (int i = 0; i < before.rows().size(); i++) {
      SopTable.Row row = before.rows().get(i);
      SopTable.Row expected = row.kegiatan().equals("Sunting berita dan foto") ? new SopTable.Row(row.number(), row.kegiatan(), "kabid-pkp",
          row.symbol(), row.kelengkapan(), "3 jam", row.output(), row.keterangan(), row.branches(), row.ends(),
          row.id(), row.properties()) : row;
      assertThat(after.rows().get(i)).isEqualTo(expected);
    }
    assertThat(after.identity()).isEqualTo(before.identity());
    assertThat(after.pelaksana()).isEqualTo(before.pelaksana());
  }

  @Test
  void theExportCommandWritesTheTableOfASopInTheProcessesFolder() throws IOException {
    Path out = folder.resolve("keberatan.xlsx");
    var quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
    assertThat(SopTableExport.run("pip-keberatan-informasi", out, SopTestEngine.PROCESSES, quiet)).isZero();
    Map<String, List<List<String>>> sheets = sheets(Files.readAllBytes(out));
    assertThat(sheets.get("Identitas")).anySatisfy(row -> assertThat(row).containsExactly("kunci",
        "Kunci SOP: huruf kecil dan tanda hubung, mis. pkp-peliputan-kegiatan (wajib)", "pip-keberatan-informasi"));
    assertThat(sheets.get("Prosedur").get(0)).contains("Petugas Layanan Informasi (Meja PPID)", "PPID [ppid]");
    assertThat(SopTableExport.run("tidak-ada", folder.resolve("x.xlsx"), SopTestEngine.PROCESSES, quiet)).isEqualTo(1);
    assertThat(folder.resolve("x.xlsx")).doesNotExist();
  }

  /** Sets a cell of a Prosedur row (by its Kegiatan) and moves its symbol from one pelaksana column to another. */
  private static byte[] edit(byte[] workbook, String kegiatan, String column, String value, String toPelaksana,
                             String fromPelaksana) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
         var out = new java.io.ByteArrayOutputStream()) {
      var sheet = book.getSheet("Prosedur");
      var header = sheet.getRow(0);
      int valueColumn = -1;
      int to = -1;
      int from = -1;
      for (int c = 0; c < header.getLastCellNum(); c++) {
        String title = header.getCell(c).getStringCellValue();
        valueColumn = title.equals(column) ? c : valueColumn;
        to = title.equals(toPelaksana) ? c : to;
        from = title.equals(fromPelaksana) ? c : from;
      }
      var row = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
          .filter(candidate -> candidate.getCell(1).getStringCellValue().equals(kegiatan)).findFirst().orElseThrow();
      row.getCell(valueColumn).setCellValue(value);
      row.getCell(to).setCellValue(row.getCell(from).getStringCellValue());
      row.getCell(from).setCellValue("");
      book.write(out);
      return out.toByteArray();
    }
  }

  private SopTable importAgain(byte[] workbook, String name) throws IOException {
    Path table = Files.write(folder.resolve(name + ".xlsx"), workbook);
    SopTableImport.Result result = SopTableImport.importTable(table, folder.resolve(name), SopTestEngine.roleCatalogue());
    return table(result.model());
  }

  private static SopTable table(Path model) {
    return ModelTable.of(org.camunda.bpm.model.bpmn.Bpmn.readModelFromFile(model.toFile()));
  }

  private static Map<String, List<List<String>>> sheets(byte[] workbook) throws IOException {
    return TableSheets.read("template.xlsx", new ByteArrayInputStream(workbook));
  }
}
