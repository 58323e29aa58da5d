package org.sopflow.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.sopflow.Browser;
import org.sopflow.EngineScenario;
import org.sopflow.survey.Unsur;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A citizen on a phone (390 × 844): types the code from the receipt, sees the stage and the deadline,
 * and once the request is served answers the survey, once.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-citizen-browser-test;DB_CLOSE_DELAY=-1",
    "sop.deadlines.detection-interval=PT1H"})
@ActiveProfiles("demo")
class CitizenBrowserTest {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  @Test
  void aCitizenTracksTheRequestAndAnswersTheSurveyOnAPhone() {
    EngineScenario scenario = new EngineScenario(engine);
    String instance = engine.getRuntimeService().startProcessInstanceByKey("pip-permohonan-informasi", "PPID/2026/0077")
        .getId();
    String code = Receipts.printedCode(port, instance, "ppid-petugas");

    try (Browser browser = Browser.open()) {
      try {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.get("http://127.0.0.1:" + port + "/lacak");
        // typed as a citizen might read it aloud: in lower case, in groups
        browser.waitFor(By.id("kode")).sendKeys(code.substring(0, 4).toLowerCase() + " " + code.substring(4, 8) + " "
            + code.substring(8));
        browser.click(By.cssSelector("button[type=submit]"));
        String page = browser.waitFor(By.cssSelector("dl.ringkas")).getText();
        assertThat(page).contains("PPID/2026/0077", code, "Diproses", "Batas waktu layanan");
        assertThat(browser.waitFor(By.cssSelector("ul.tahap")).getText())
            .contains("Registrasi permohonan dan pemberian tanda terima");
        assertThat(fitsTheScreen(browser)).as("no sideways scrolling on a phone").isTrue();

        String task = scenario.task(instance).getTaskDefinitionKey();
        scenario.as("admin", () -> engine.getRuntimeService().createProcessInstanceModification(instance)
            .cancelAllForActivity(task).startBeforeActivity("informasi-diberikan").execute());
        browser.driver().navigate().refresh();
        assertThat(browser.waitFor(By.cssSelector(".status")).getText()).isEqualTo("Selesai");
        for (Unsur unsur : Unsur.values()) {
          browser.click(By.cssSelector("input[name=" + unsur.field() + "][value='4']"));
        }
        browser.click(By.cssSelector("form[method=post] button[type=submit]"));
        assertThat(browser.waitFor(By.id("terima-kasih")).getText()).contains("Terima kasih");
        assertThat(browser.driver().findElements(By.cssSelector("form[method=post]"))).as("offered once").isEmpty();
        assertThat(fitsTheScreen(browser)).isTrue();
      } catch (RuntimeException | AssertionError e) {
        browser.screenshot("citizen-phone-failure");
        throw e;
      }
    }
  }

  private static boolean fitsTheScreen(Browser browser) {
    return (Boolean) ((JavascriptExecutor) browser.driver())
        .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
  }
}
