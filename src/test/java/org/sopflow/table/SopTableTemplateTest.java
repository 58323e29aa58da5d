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

  private static final String KAJI = "Penyusunan kajian dan usulan tanggapan PPID";

  @Test
  void editingAWaktuOfACatalogueSopInItsOwnFolderChangesThatLineOfItsHandMadeFormAndNothingElse() throws IOException {
    Path pip = catalogueFolder("pip");
    Path model = pip.resolve("pip-keberatan-informasi.bpmn");
    Path kaji = pip.resolve("form-keberatan-kaji-keberatan.form");
    String before = Files.readString(kaji);

    SopTableImport.Result result = importEdited(model, Map.of("Waktu", "4 hari kerja"));

    assertThat(result.forms()).containsExactly(kaji);
    assertThat(Files.readString(kaji)).isEqualTo(before.replace("**Waktu standar:** 3 hari kerja",
        "**Waktu standar:** 4 hari kerja"));
    var task = org.camunda.bpm.model.bpmn.Bpmn.readModelFromFile(model.toFile())
        .<org.camunda.bpm.model.bpmn.instance.UserTask>getModelElementById("kaji-keberatan");
    assertThat(task.getCamundaFormRef()).isEqualTo("form-keberatan-kaji-keberatan");
    assertThat(table(model).rows()).filteredOn(row -> "kaji-keberatan".equals(row.id())).singleElement()
        .extracting(SopTable.Row::waktu).isEqualTo("4 hari kerja");
  }

  @Test
  void renamingAStepAndClearingItsKelengkapanRewriteTheHeadOfItsForm() throws IOException {
    Path model = catalogueFolder("pip").resolve("pip-keberatan-informasi.bpmn");
    Path kaji = model.resolveSibling("form-keberatan-kaji-keberatan.form");
    String before = Files.readString(kaji);

    importEdited(model, Map.of("Kegiatan", "Kajian keberatan", "Kelengkapan", ""));

    assertThat(Files.readString(kaji)).isEqualTo(before.replace("### " + KAJI, "### Kajian keberatan")
        .replace("**Kelengkapan:** Berkas permohonan awal, surat pemberitahuan PPID, formulir keberatan  \\n", ""));
  }

  private Path catalogueFolder(String name) throws IOException {
    Path copy = Files.createDirectories(folder.resolve(name));
    try (java.util.stream.Stream<Path> files = Files.list(SopTestEngine.PROCESSES.resolve(name))) {
      for (Path file : files.toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    return copy;
  }

  /** Exports the model, edits the row of the kajian step and imports it into the model's folder. */
  private SopTableImport.Result importEdited(Path model, Map<String, String> cells) throws IOException {
    byte[] sheet = TableEdits.edit(SopTableExport.workbook(org.camunda.bpm.model.bpmn.Bpmn.readModelFromFile(
        model.toFile()), SopTestEngine.roleCatalogue()), KAJI, cells);
    return SopTableImport.importTable(Files.write(folder.resolve("keberatan.xlsx"), sheet), model.getParent(),
        SopTestEngine.roleCatalogue());
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
    String symbol = TableEdits.cell(workbook, kegiatan, fromPelaksana);
    Map<String, String> cells = new java.util.LinkedHashMap<>();
    cells.put(column, value);
    cells.put(fromPelaksana, "");
    cells.put(toPelaksana, symbol);
    return TableEdits.edit(workbook, kegiatan, cells);
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
