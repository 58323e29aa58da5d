package org.sopflow.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sopflow.EngineScenario.clockAt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sopflow.ApiClient;
import org.sopflow.Browser;
import org.sopflow.EngineScenario;
import org.sopflow.tracking.Receipts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * An officer types the regulation's sample questionnaire as printed (question 8 asks sarana dan
 * prasarana, question 9 penanganan pengaduan) in Tasklist's <i>Entri SKM kertas</i>, which shows
 * beside each question the unsur it rates; each answer lands on its unsur.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-paper-entry-test;DB_CLOSE_DELAY=-1",
    "sop.deadlines.detection-interval=PT1H"})
@ActiveProfiles("demo")
class PaperEntryBrowserTest {

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  @AfterEach
  void resetClock() {
    EngineScenario.resetClock();
  }

  @Test
  void anOfficerTypesTheSampleFormByQuestionNumber() throws Exception {
    clockAt("2025-09-15T09:00");
    String instance = new EngineScenario(engine).served("pkp-siaran-keliling", "siaran-terlaksana");
    String code = Receipts.printedCode(port, instance, "admin:admin");

    try (Browser browser = Browser.open()) {
      try {
        browser.logIn("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/", "pkp-pranata-humas", "demo");
        browser.click(By.linkText("Entri SKM kertas"));
        assertThat(browser.waitFor(By.cssSelector("fieldset[data-field=p8]")).getText())
            .contains("8. Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?", "U9 Sarana dan prasarana");
        assertThat(browser.waitFor(By.cssSelector("fieldset[data-field=p9]")).getText()).contains("U8 Penanganan pengaduan");
        browser.type(By.id("sop-skm-kode"), code);
        for (int question = 1; question <= 7; question++) {
          browser.click(By.cssSelector("input[name=p" + question + "][value='4']"));
        }
        browser.click(By.cssSelector("input[name=p8][value='1']"));
        browser.click(By.cssSelector("input[name=p9][value='3']"));
        browser.click(By.xpath("//button[normalize-space()='Simpan kuesioner']"));
        assertThat(browser.waitFor(By.cssSelector(".sop-skm-pesan.alert-success")).getText())
            .contains("Kuesioner tersimpan", "Siaran Keliling");
      } catch (RuntimeException | AssertionError e) {
        browser.screenshot("skm-kertas");
        throw e;
      }
    }

    JsonNode report = new ObjectMapper().readTree(new ApiClient(port)
        .get("/api/skm?from=2025-07-01&to=2025-12-31", "admin:admin").body());
    assertThat(nrr(report, "SARANA")).as("question 8 rates sarana").isEqualTo(1.0);
    assertThat(nrr(report, "PENGADUAN")).as("question 9 rates pengaduan").isEqualTo(3.0);
    assertThat(nrr(report, "PERSYARATAN")).isEqualTo(4.0);
  }

  private static double nrr(JsonNode report, String unsur) {
    for (JsonNode score : report.at("/office/unsur")) {
      if (score.get("unsur").asText().equals(unsur)) {
        return score.get("nrr").asDouble();
      }
    }
    throw new AssertionError("no unsur " + unsur);
  }
}
