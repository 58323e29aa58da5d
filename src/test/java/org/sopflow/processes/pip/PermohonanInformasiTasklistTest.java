package org.sopflow.processes.pip;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sopflow.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The newcomer's walk through the README in a real browser: the demo desk officer starts a PPID
 * request in Tasklist, fills and submits the registration form, and the next step reaches the PPID.
 */
// Camunda registers each context's engine as the JVM's "default" engine, which /engine-rest uses:
// a context is closed after its class so that the next one's engine is the one answering.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:sopflow-tasklist-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class PermohonanInformasiTasklistTest {

  private static final String FORM_FIELD = "[id$='-registrasi-permohonan-%s']";

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;

  @Test
  void theDeskOfficerRegistersARequestAndThePpidReceivesTheNextStep() {
    try (Browser browser = Browser.open()) {
      try {
        logIn(browser, "ppid-petugas");
        startRequest(browser, "REG-TASKLIST-1");
        fillAndCompleteRegistration(browser);
        assertNextStepWaitsForThePpid();

        browser.driver().manage().deleteAllCookies();
        logIn(browser, "ppid");
        browser.waitFor(By.partialLinkText("Pemeriksaan kelengkapan permohonan"));

        completeCheckAsThePpid();
        browser.driver().manage().deleteAllCookies();
        logIn(browser, "ppid-pembantu");
        browser.waitClickable(By.partialLinkText("Penelusuran dan penyiapan informasi")).click();
        assertThat(browser.waitFor(By.cssSelector("[id$='-telusuri-informasi-rincianInformasi']"))
            .getDomProperty("value")).contains("Daftar titik wifi publik");
        assertThat(browser.driver().getPageSource()).as("the PPID Pembantu's step shows the request, not the applicant")
            .doesNotContain("3574010101900001").doesNotContain("Siti Aminah");
      } catch (RuntimeException | AssertionError e) {
        browser.screenshot("ppid-tasklist-failure");
        throw e;
      }
    }
  }

  private void logIn(Browser browser, String user) {
    browser.get("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/");
    browser.waitFor(By.cssSelector("input[type=text]")).sendKeys(user);
    browser.waitFor(By.cssSelector("input[type=password]")).sendKeys("demo");
    browser.waitClickable(By.cssSelector("button[type=submit]")).click();
    browser.waitFor(By.partialLinkText("Tugas bagian saya"));
  }

  private void startRequest(Browser browser, String businessKey) {
    browser.waitClickable(By.partialLinkText("Mulai proses")).click();
    browser.waitClickable(By.partialLinkText("Pelayanan Permohonan Informasi Publik")).click();
    browser.waitFor(By.cssSelector(".modal-content input[type=text]")).sendKeys(businessKey);
    browser.waitClickable(By.xpath("//button[normalize-space()='Mulai']")).click();
    browser.waitUntilGone(By.cssSelector(".modal-content"));
  }

  private void fillAndCompleteRegistration(Browser browser) {
    browser.waitClickable(By.partialLinkText("Registrasi permohonan")).click();
    // where to print the applicant's receipt (the tracking code is only on it), in the task's Deskripsi tab
    browser.waitClickable(By.partialLinkText("Deskripsi")).click();
    assertThat(browser.waitFor(By.xpath("//*[contains(text(),'Tanda bukti')]")).getText())
        .matches("(?s).*Tanda bukti \\(dengan kode lacak\\).*tanda-bukti\\.pdf.*").doesNotContainPattern("[A-Z0-9]{12}\\.");
    browser.waitClickable(By.partialLinkText("Formulir")).click();
    browser.waitClickable(By.xpath("//button[normalize-space()='Klaim']")).click();
    // claiming re-renders the form: wait until the claim button is gone before typing
    browser.waitUntilGone(By.xpath("//button[normalize-space()='Klaim']"));
    type(browser, "nomorRegistrasi", "REG-TASKLIST-1");
    type(browser, "namaPemohon", "Siti Aminah");
    assertThat(placeholderShown(browser, "jenisPemohon")).as("an empty select asks in Indonesian").isEqualTo("\"Pilih\"");
    choose(browser, "jenisPemohon", "Perorangan");
    type(browser, "nomorIdentitas", "3574010101900001");
    type(browser, "alamatPemohon", "Jl. Panglima Sudirman 19, Probolinggo");
    type(browser, "kontakPemohon", "siti@example.org");
    type(browser, "rincianInformasi", "Daftar titik wifi publik Kota Probolinggo 2026");
    type(browser, "tujuanPenggunaan", "Penelitian skripsi");
    choose(browser, "caraMemperoleh", "Melihat / membaca / mendengarkan / mencatat");
    browser.click(By.xpath("//button[normalize-space()='Selesaikan']"));
    browser.waitUntilGone(By.cssSelector(FORM_FIELD.formatted("namaPemohon")));
  }

  private static void type(Browser browser, String key, String text) {
    browser.type(By.cssSelector(FORM_FIELD.formatted(key)), text);
  }

  private static Object placeholderShown(Browser browser, String key) {
    WebElement display = browser.waitFor(By.cssSelector(FORM_FIELD.formatted(key + "-display")));
    return ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
        "return getComputedStyle(arguments[0], '::before').content;", display);
  }

  /** form-js draws a select as a text field with a drop-down list. */
  private static void choose(Browser browser, String key, String label) {
    browser.click(By.cssSelector(FORM_FIELD.formatted(key + "-display")));
    browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']"));
  }

  private void completeCheckAsThePpid() {
    String request = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("REG-TASKLIST-1")
        .singleResult().getId();
    taskService.complete(taskService.createTaskQuery().processInstanceId(request).singleResult().getId(),
        java.util.Map.of("hasilPemeriksaan", "lengkap"));
  }

  private void assertNextStepWaitsForThePpid() {
    ProcessInstance request = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("REG-TASKLIST-1").singleResult();
    assertThat(request).isNotNull();
    Task next = taskService.createTaskQuery().processInstanceId(request.getId()).singleResult();
    assertThat(next.getTaskDefinitionKey()).isEqualTo("periksa-kelengkapan");
    assertThat(taskService.getIdentityLinksForTask(next.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("ppid");
    assertThat(runtimeService.getVariable(request.getId(), "namaPemohon")).isEqualTo("Siti Aminah");
    assertThat(runtimeService.getVariable(request.getId(), "caraMemperoleh")).isEqualTo("melihat");
  }
}
