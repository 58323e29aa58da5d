package org.sopflow.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.sopflow.ApiClient;
import org.sopflow.Browser;
import org.sopflow.SopTestEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The SOP owner's route: a table typed from scratch is imported, deployed as Camunda Modeler deploys
 * (the engine REST API), drawn by Cockpit's bpmn-js, run by staff in Tasklist through its decision,
 * and printed as its SOP document; the deployed SOP comes back as its table.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:sopflow-table-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SopTableBrowserTest {

  private static final String KEY = "pkp-peliputan-kegiatan";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  @BeforeAll
  void importAndDeploy(@TempDir Path folder) throws IOException {
    SopTableImport.importTable(SopTableImportTest.TABLE, folder, SopTestEngine.roleCatalogue());
    ApiClient api = new ApiClient(port);
    try (Stream<Path> files = Files.list(folder)) {
      // the forms first: each step's form is bound to the latest deployed version of its id
      for (Path file : files.sorted((a, b) -> a.toString().endsWith(".form") ? -1 : 1).toList()) {
        HttpResponse<String> deployed = api.deploy("admin:admin", "impor tabel", file.getFileName().toString(),
            Files.readString(file));
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
      }
    }
  }

  @Test
  void cockpitDrawsTheImportedDiagramAndStaffRunItInTasklist() {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(KEY).latestVersion().singleResult();
    try (Browser browser = Browser.open()) {
      try {
        logIn(browser, "cockpit", "admin", "admin", By.cssSelector("[class*='dashboard']"));
        browser.get(base("cockpit") + "#/process-definition/" + definition.getId() + "/runtime");
        // bpmn-js imported the model: every row's shape is drawn
        for (String element : List.of("terima-dan-catat-permohonan-peliputan", "keputusan-3", "gabung-liput-kegiatan",
            "terbitkan-berita-di-laman-resmi", "selesai-sampaikan-penolakan-kepada-pemohon")) {
          browser.waitFor(By.cssSelector(".djs-element[data-element-id='" + element + "']"));
        }

        browser.driver().manage().deleteAllCookies();
        logIn(browser, "tasklist", "pkp-pranata-humas", "demo", By.partialLinkText("Tugas bagian saya"));
        browser.waitClickable(By.partialLinkText("Mulai proses")).click();
        browser.waitClickable(By.partialLinkText("Pelayanan Permohonan Peliputan Kegiatan")).click();
        browser.waitFor(By.cssSelector(".modal-content input[type=text]")).sendKeys("LIP-TASKLIST-1");
        browser.waitClickable(By.xpath("//button[normalize-space()='Mulai']")).click();
        browser.waitUntilGone(By.cssSelector(".modal-content"));
        completeInTasklist(browser, "Terima dan catat permohonan peliputan", "Waktu standar: 30 menit", null);

        browser.driver().manage().deleteAllCookies();
        logIn(browser, "tasklist", "kabid-pkp", "demo", By.partialLinkText("Tugas bagian saya"));
        completeInTasklist(browser, "Telaah permohonan dan jadwal kegiatan", "Waktu standar: 1 hari kerja", "Ya");
      } catch (RuntimeException | AssertionError e) {
        browser.screenshot("table-tasklist-failure");
        throw e;
      }
    }
    ProcessInstance request = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey("LIP-TASKLIST-1").singleResult();
    Task next = engine.getTaskService().createTaskQuery().processInstanceId(request.getId()).singleResult();
    assertThat(next.getTaskDefinitionKey()).isEqualTo("liput-kegiatan");
    assertThat(engine.getTaskService().getIdentityLinksForTask(next.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("pkp-pranata-humas");
    assertThat(engine.getRuntimeService().getVariable(request.getId(), "keputusan3")).isEqualTo("Ya");
  }

  @Test
  void theImportedSopPrintsItsDocumentAndComesBackAsItsTable() throws IOException {
    ApiClient api = new ApiClient(port);
    HttpResponse<byte[]> pdf = api.getBytes("/api/sops/" + KEY + "/document.pdf", "kabid-pkp");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(api.get("/api/sops/" + KEY + "/document", "kabid-pkp", "text/html").body())
        .contains("Pelayanan Permohonan Peliputan Kegiatan", "Telaah permohonan dan jadwal kegiatan", "800/SOP-PKP/09/2026");

    HttpResponse<byte[]> table = api.getBytes("/api/sops/" + KEY + "/table.xlsx", "kabid-pkp");
    assertThat(table.statusCode()).isEqualTo(200);
    Map<String, List<List<String>>> sheets = TableSheets.read("table.xlsx", new ByteArrayInputStream(table.body()));
    assertThat(sheets.get("Prosedur")).hasSize(1 + 8);
    assertThat(sheets.get("Prosedur").get(1)).containsSequence("1", "Terima dan catat permohonan peliputan", "mulai");
    // who may not read the SOP's definition gets what an unknown SOP gets
    assertThat(api.getBytes("/api/sops/" + KEY + "/table.xlsx", "ppid-petugas").statusCode()).isEqualTo(404);
    assertThat(api.getBytes("/api/sops/tidak-ada/table.xlsx", "kabid-pkp").statusCode()).isEqualTo(404);
    HttpResponse<byte[]> template = api.getBytes("/api/sops/table-template.xlsx", "ppid-petugas");
    assertThat(template.statusCode()).isEqualTo(200);
    assertThat(TableSheets.read("t.xlsx", new ByteArrayInputStream(template.body())).keySet())
        .containsExactly("Identitas", "Prosedur", "Petunjuk");
  }

  /** Opens the task, claims it, reads its standard at the form's head, answers a decision, completes it. */
  private static void completeInTasklist(Browser browser, String task, String standard, String answer) {
    browser.waitClickable(By.partialLinkText(task)).click();
    browser.waitClickable(By.xpath("//button[normalize-space()='Klaim']")).click();
    browser.waitUntilGone(By.xpath("//button[normalize-space()='Klaim']"));
    assertThat(browser.waitFor(By.cssSelector(".fjs-form-field-text")).getText().replace("\n", " "))
        .contains(standard.replace(": ", ": "));
    if (answer != null) {
      browser.click(By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space()='" + answer + "']"));
    }
    browser.click(By.xpath("//button[normalize-space()='Selesaikan']"));
    browser.waitUntilGone(By.cssSelector(".fjs-form-field-text"));
  }

  private void logIn(Browser browser, String app, String user, String password, By landed) {
    browser.get(base(app));
    browser.waitFor(By.cssSelector("input[type=text]")).sendKeys(user);
    browser.waitFor(By.cssSelector("input[type=password]")).sendKeys(password);
    browser.waitClickable(By.cssSelector("button[type=submit]")).click();
    browser.waitFor(landed);
  }

  private String base(String app) {
    return "http://127.0.0.1:" + port + "/camunda/app/" + app + "/default/";
  }
}
