package org.sopflow.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sopflow.SopTestEngine;
import org.sopflow.model.RoleCatalogue;

/** An SOP table typed from scratch becomes a model that deploys and runs, laid out without overlaps. */
class SopTableImportTest {

  static final Path TABLE = Path.of("src/test/resources/table/pkp-peliputan-kegiatan.csv");
  private static final RoleCatalogue ROLES = SopTestEngine.roleCatalogue();
  private static final ProcessEngine ENGINE = SopTestEngine.shared();

  @TempDir
  Path folder;

  @AfterAll
  static void deleteDeployments() {
    SopTestEngine.deleteDeployments(ENGINE.getRepositoryService());
  }

  @Test
  void aTableTypedFromScratchDeploysAndRunsWithItsLoopBack() throws IOException {
    SopTableImport.Result result = SopTableImport.importTable(TABLE, folder, ROLES);
    assertThat(result.model()).isEqualTo(folder.resolve("pkp-peliputan-kegiatan.bpmn"));
    assertThat(result.forms()).hasSize(6);
    assertThat(result.warnings()).isEmpty();
    deploy(folder);

    ProcessInstance instance = ENGINE.getRuntimeService().startProcessInstanceByKey("pkp-peliputan-kegiatan", "LIP-1");
    complete(instance, "terima-dan-catat-permohonan-peliputan", "pkp-pranata-humas", Map.of());
    complete(instance, "telaah-permohonan-dan-jadwal-kegiatan", "kabid-pkp", Map.of("keputusan3", "Ya"));
    complete(instance, "liput-kegiatan", "pkp-pranata-humas", Map.of());
    complete(instance, "sunting-berita-dan-foto", "pkp-redaktur", Map.of("keputusan6", "Perlu perbaikan"));
    complete(instance, "liput-kegiatan", "pkp-pranata-humas", Map.of()); // the loop back
    complete(instance, "sunting-berita-dan-foto", "pkp-redaktur", Map.of("keputusan6", "Ya"));
    complete(instance, "terbitkan-berita-di-laman-resmi", "pkp-redaktur", Map.of());

    assertThat(ENGINE.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getEndActivityId()).isEqualTo("selesai-terbitkan-berita-di-laman-resmi");
  }

  @Test
  void theRejectedPathEndsAtItsOwnEnd() throws IOException {
    SopTableImport.importTable(TABLE, folder, ROLES);
    deploy(folder);
    ProcessInstance instance = ENGINE.getRuntimeService().startProcessInstanceByKey("pkp-peliputan-kegiatan", "LIP-2");
    complete(instance, "terima-dan-catat-permohonan-peliputan", "pkp-pranata-humas", Map.of());
    complete(instance, "telaah-permohonan-dan-jadwal-kegiatan", "kabid-pkp", Map.of("keputusan3", "Tidak"));
    complete(instance, "sampaikan-penolakan-kepada-pemohon", "pkp-pranata-humas", Map.of());
    assertThat(ENGINE.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isZero();
  }

  @Test
  void eachStepCarriesItsMutuBakuAndItsFormShowsIt() throws IOException {
    SopTableImport.importTable(TABLE, folder, ROLES);
    String bpmn = Files.readString(folder.resolve("pkp-peliputan-kegiatan.bpmn"));
    assertThat(bpmn).contains("<bpmn:lane id=\"pkp-pranata-humas\" name=\"Pranata Hubungan Masyarakat\">",
        "name=\"sop.waktu\" value=\"2 jam\"", "name=\"sop.kelengkapan\" value=\"Foto dan catatan liputan\"",
        "name=\"sop.nomor\" value=\"800/SOP-PKP/09/2026\"", "name=\"Perlu perbaikan\"",
        "${keputusan6 == 'Perlu perbaikan'}");
    String form = Files.readString(folder.resolve("form-pkp-peliputan-kegiatan-sunting-berita-dan-foto.form"));
    assertThat(form).contains("**Waktu standar:** 2 jam", "**Output:** Naskah berita", "\"key\" : \"keputusan6\"",
        "\"label\" : \"Berita layak terbit?\"");
  }

  @Test
  void theDiagramHasNoOverlappingShapesAndNoFlowCrossesAShape() throws IOException {
    SopTableImport.importTable(TABLE, folder, ROLES);
    // rows, start, two ends, the join before the loop's target
    assertThat(DiagramLayout.checkedShapes(folder.resolve("pkp-peliputan-kegiatan.bpmn"))).isEqualTo(8 + 1 + 2 + 1);
  }

  @Test
  void importedAgainIntoTheSameFolderTheTableRewritesNoForm() throws IOException {
    SopTableImport.Result first = SopTableImport.importTable(TABLE, folder, ROLES);
    Map<Path, String> forms = new java.util.HashMap<>();
    for (Path form : first.forms()) {
      forms.put(form, Files.readString(form));
    }

    SopTableImport.Result again = SopTableImport.importTable(TABLE, folder, ROLES);

    assertThat(again.forms()).isEmpty();
    for (Map.Entry<Path, String> form : forms.entrySet()) {
      assertThat(Files.readString(form.getKey())).isEqualTo(form.getValue());
    }
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.filter(file -> file.toString().endsWith(".form")).count()).isEqualTo(forms.size());
    }
  }

  @Test
  void aRowInsertedBeforeADecisionMovesItsQuestionToTheNewStepsFormOnReimport() throws IOException {
    SopTableImport.importTable(TABLE, folder, ROLES);
    String csv = Files.readString(TABLE);
    Path edited = Files.writeString(folder.resolve("diubah.csv"), csv.substring(0, csv.indexOf("1;Terima")) + """
        1;Terima dan catat permohonan peliputan;mulai;;;Surat permohonan peliputan;30 menit;Register permohonan;;
        2;Telaah permohonan dan jadwal kegiatan;;proses;;Register permohonan, jadwal bidang;1 hari kerja;Telaahan;;
        3;Konfirmasi jadwal kepada pemohon;proses;;;Telaahan;1 jam;Jadwal terkonfirmasi;;
        4;Permohonan disetujui?;;keputusan;;;;;;"Ya: 5; Tidak: 8"
        5;Liput kegiatan;proses;;;Surat tugas;1 hari kerja;Foto dan catatan liputan;;
        6;Sunting berita dan foto;;;proses;Foto dan catatan liputan;2 jam;Naskah berita;;
        7;Berita layak terbit?;;;keputusan;;;;;"Ya: 9; Perlu perbaikan: 5"
        8;Sampaikan penolakan kepada pemohon;selesai;;;Telaahan;1 jam;Surat penolakan;;
        9;Terbitkan berita di laman resmi;;;selesai;Naskah berita;2 jam;Berita terbit;Laman probolinggokota.go.id;
        """);

    SopTableImport.importTable(edited, folder, ROLES);

    assertThat(radios("telaah-permohonan-dan-jadwal-kegiatan")).isEmpty();
    assertThat(radios("konfirmasi-jadwal-kepada-pemohon")).containsExactly("keputusan4");
    assertThat(radios("sunting-berita-dan-foto")).containsExactly("keputusan7");
    deploy(folder);
    ProcessInstance instance = ENGINE.getRuntimeService().startProcessInstanceByKey("pkp-peliputan-kegiatan", "LIP-3");
    complete(instance, "terima-dan-catat-permohonan-peliputan", "pkp-pranata-humas", Map.of());
    complete(instance, "telaah-permohonan-dan-jadwal-kegiatan", "kabid-pkp", Map.of());
    complete(instance, "konfirmasi-jadwal-kepada-pemohon", "pkp-pranata-humas", Map.of("keputusan4", "Tidak"));
    complete(instance, "sampaikan-penolakan-kepada-pemohon", "pkp-pranata-humas", Map.of());
  }

  /** The keys of the radios in a step's form. */
  private List<String> radios(String step) throws IOException {
    JsonNode form = new ObjectMapper().readTree(folder.resolve("form-pkp-peliputan-kegiatan-" + step + ".form").toFile());
    List<String> keys = new ArrayList<>();
    form.path("components").forEach(component -> {
      if ("radio".equals(component.path("type").asText())) {
        keys.add(component.path("key").asText());
      }
    });
    return keys;
  }

  @Test
  void theSameTableAsCsvWithCommasReadsTheSame() throws IOException {
    SopTable semicolons = read(Files.readString(TABLE));
    SopTable commas = read(Files.readString(TABLE).replace(";", ",").replace("\"Ya: 4, Tidak: 7\"", "\"Ya: 4; Tidak: 7\"")
        .replace("\"Ya: 8, Perlu perbaikan: 4\"", "\"Ya: 8; Perlu perbaikan: 4\"")
        .replace("Kamera, komputer, jaringan internet", "\"Kamera, komputer, jaringan internet\"")
        .replace("Register permohonan, jadwal bidang", "\"Register permohonan, jadwal bidang\""));
    assertThat(commas).isEqualTo(semicolons);
  }

  private static SopTable read(String csv) throws IOException {
    return SopTableImport.read("tabel.csv", new java.io.ByteArrayInputStream(csv.getBytes(
        java.nio.charset.StandardCharsets.UTF_8)), ROLES);
  }

  private static void deploy(Path folder) throws IOException {
    DeploymentBuilder deployment = ENGINE.getRepositoryService().createDeployment().name("impor tabel");
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        deployment.addInputStream(file.getFileName().toString(), Files.newInputStream(file));
      }
    }
    deployment.deploy();
  }

  private static void complete(ProcessInstance instance, String taskKey, String role, Map<String, Object> variables) {
    TaskService tasks = ENGINE.getTaskService();
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
    assertThat(task.getDueDate()).as("due date of %s", taskKey).isNotNull();
    assertThat(tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId))
        .as("roles offered %s", taskKey).containsExactly(role);
    tasks.complete(task.getId(), variables);
  }
}
