package org.sopflow.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sopflow.EngineScenario.clockAt;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sopflow.ApiClient.Part;
import org.sopflow.ApiClient;
import org.sopflow.Browser;
import org.sopflow.EngineScenario;
import org.sopflow.calendar.CalendarKind;
import org.sopflow.calendar.StandardTime;
import org.sopflow.calendar.WorkingCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Pembaruan SOP as the office does it, in Tasklist and Cockpit: the drafting team sends a revised
 * Pelayanan Permohonan Informasi Publik (one waktu and one pelaksana changed) and submits it, the
 * verifier sees exactly those two changes and passes it, the head approves it with an effective date
 * of tomorrow; new cases start on the old version until that day, on the new one from it; the admin
 * previews a running old case in Cockpit and moves it, its open step's deadline computed again.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:sopflow-renewal-browser-test;DB_CLOSE_DELAY=-1",
        "sop.renewal.in-force-cron=-", "sop.signing.pkcs12.path=target/test-signing/kepala-dinas.p12"})
@ActiveProfiles("demo")
class RenewalBrowserTest {

  private static final String PPID = "pip-permohonan-informasi";
  private static final String FORM = "[id$='-%s']";

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  SopVersions versions;
  @Autowired
  WorkingCalendar calendar;

  @AfterEach
  void resetClock() {
    EngineScenario.resetClock();
  }

  @Test
  void aRevisionIsVerifiedAndApprovedInTasklistTakesEffectOnItsDateAndARunningCaseMovesInCockpit() throws Exception {
    clockAt("2026-12-07T10:00");
    ProcessDefinition old = latest();
    String running = engine.getRuntimeService().startProcessInstanceByKey(PPID, "REG-LAMA").getId();
    completeRegistration(running); // now at the check, whose standard the revision changes
    assertThat(new ApiClient(port).upload("/api/versi/draf", "penyusun-sop", List.of(new Part("model",
        Revisions.PPID_FILE, Revisions.waktuAndPelaksanaChanged()))).statusCode()).isEqualTo(201);
    String id = versions.pending(PPID).orElseThrow().id();

    try (Browser browser = Browser.open()) {
      try {
        logIn(browser, "tasklist", "penyusun-sop", "demo");
        browser.openAndClaim("Penyusunan draf SOP");
        browser.completeTask();

        logIn(browser, "tasklist", "verifikator-sop", "demo");
        browser.openAndClaim("Verifikasi draf SOP");
        List<String> changes = browser.driver().findElements(By.xpath("//*[contains(@class,'fjs-form-field-text')]"
                + "[.//*[contains(normalize-space(),'Perubahan dibanding versi yang berlaku')]]//li")).stream()
            .map(WebElement::getText).toList();
        assertThat(changes).as("exactly the two changes").hasSize(2);
        assertThat(changes.get(0)).startsWith("Waktu standar diubah:").contains("2 hari kerja");
        assertThat(changes.get(1)).startsWith("Pelaksana diubah:");
        browser.click(By.xpath("//label[contains(normalize-space(),'Sesuai, teruskan untuk pengesahan')]"));
        browser.completeTask();

        logIn(browser, "tasklist", "kepala-dinas", "demo");
        browser.openAndClaim("Pengesahan SOP");
        browser.click(By.xpath("//label[normalize-space()='Sahkan']"));
        type(browser, "nomorSop", "000.8/12/425.112/2026");
        type(browser, "tanggalEfektif", "2026-12-08");
        browser.completeTask();
        assertThat(versions.find(id).orElseThrow().state()).isEqualTo(VersionState.DISAHKAN);

        assertThat(startNew().getProcessDefinitionId()).as("today, the version in force").isEqualTo(old.getId());
        clockAt("2026-12-08T00:00");
        assertThat(versions.putInForceWhenDue()).isOne();
        ProcessDefinition revised = latest();
        assertThat(startNew().getProcessDefinitionId()).as("from the effective date").isEqualTo(revised.getId());

        clockAt("2026-12-08T09:00");
        logIn(browser, "cockpit", "admin", "admin");
        browser.get(base("cockpit") + "#/process-definition/" + revised.getId() + "/runtime");
        browser.waitClickable(By.partialLinkText("Versi SOP")).click();
        assertThat(browser.waitFor(By.cssSelector(".sop-version-list")).getText()).contains("rev-0 berlaku")
            .contains("000.8/12/425.112/2026").contains("8 Desember 2026");
        Object withoutToken = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
            "const done = arguments[arguments.length - 1]; fetch('/api/versi/" + id + "/kasus/pindah', {method: 'POST',"
                + " credentials: 'same-origin', headers: {'Content-Type': 'application/json'},"
                + " body: JSON.stringify({processInstanceIds: ['" + running + "']})}).then(r => done(r.status));");
        assertThat(withoutToken).as("a write with the session needs its CSRF token").isEqualTo(401L);
        WebElement preview = browser.waitFor(By.cssSelector(".sop-kasus-lama"));
        assertThat(preview.getText()).contains("REG-LAMA").contains("Pemeriksaan kelengkapan");
        browser.click(By.cssSelector(".sop-pilih-kasus[value='" + running + "']"));
        browser.click(By.cssSelector(".sop-pindahkan"));
        assertThat(browser.waitFor(By.xpath("//*[contains(@class,'sop-hasil-pindah')][contains(.,'dipindahkan')]"))
            .getText()).startsWith("1 kasus dipindahkan");
      } catch (RuntimeException | AssertionError e) {
        browser.screenshot("renewal-failure");
        throw e;
      }
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(running).singleResult()
        .getProcessDefinitionId()).isEqualTo(latest().getId());
    Task check = engine.getTaskService().createTaskQuery().processInstanceId(running).singleResult();
    assertThat(check.getDueDate().toInstant()).as("the deadline from the new standard")
        .isEqualTo(calendar.plus(check.getCreateTime().toInstant(), StandardTime.parse("2 hari kerja"),
            CalendarKind.HARI_KERJA));
  }

  private ProcessDefinition latest() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PPID).latestVersion()
        .singleResult();
  }

  private org.camunda.bpm.engine.runtime.ProcessInstance startNew() {
    return engine.getRuntimeService().startProcessInstanceByKey(PPID);
  }

  private void completeRegistration(String instance) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    new EngineScenario(engine).as("ppid-petugas", () -> {
      engine.getTaskService().claim(task.getId(), "ppid-petugas");
      engine.getTaskService().complete(task.getId(), Map.of("namaPemohon", "Warga", "nomorIdentitas",
          "3574010101900002", "rincianInformasi", "Data menara telekomunikasi"));
    });
  }

  private String base(String app) {
    return "http://127.0.0.1:" + port + "/camunda/app/" + app + "/default/";
  }

  private void logIn(Browser browser, String app, String user, String password) {
    browser.logIn(base(app), user, password);
  }

  private static void type(Browser browser, String key, String text) {
    browser.type(By.cssSelector(FORM.formatted(key)), text);
  }
}
