package org.sopflow.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sopflow.EngineScenario.clockAt;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.sopflow.ApiClient;
import org.sopflow.Browser;
import org.sopflow.EngineScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The office's SKM of Semester I 2025 as it published it: 85.57 for the office, 94.44 for information
 * requests and 86.67 for Siaran Keliling. The questionnaires are made for the test so that they give
 * exactly those figures (9 and 5 respondents; the office's figure pools a third service
 * with 17, here objections); a citizen on a phone reads nothing of the period before the head of the office publishes
 * it, then its figures and the follow-up plan of its lowest unsur.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-skm-publication-test;DB_CLOSE_DELAY=-1",
    "sop.deadlines.detection-interval=PT1H"})
@ActiveProfiles("demo")
class SkmPublicationBrowserTest {

  @LocalServerPort
  int port;
  @Autowired
  SkmResponses responses;
  private int answers;

  @AfterEach
  void resetClock() {
    EngineScenario.resetClock();
  }

  @Test
  void aCitizenReadsTheOfficesPublishedSemesterAndItsFollowUpPlanOnAPhone() {
    clockAt("2025-03-17T09:00");
    // 9 respondents, 7 fours and 2 threes each (waktu penyelesaian and sarana): 306 / 81 × 25 = 94.44
    questionnaires("permohonan-informasi-publik", "pip-permohonan-informasi", 9, new int[] {4, 4, 3, 4, 4, 4, 4, 4, 3});
    // 5 respondents, 21 fours and 24 threes: 156 / 45 × 25 = 86.67
    questionnaires("siaran-keliling", "pkp-siaran-keliling", 1, new int[] {4, 4, 4, 4, 4, 3, 3, 3, 3});
    questionnaires("siaran-keliling", "pkp-siaran-keliling", 4, new int[] {4, 4, 3, 4, 4, 3, 3, 3, 3});
    // 17 respondents, 2 fours and 7 threes each: the office pools 955 / 279 × 25 = 85.57
    questionnaires("keberatan-informasi-publik", "pip-keberatan-informasi", 17, new int[] {4, 3, 3, 4, 3, 3, 3, 3, 3});
    clockAt("2025-07-07T09:00");
    ApiClient api = new ApiClient(port);
    assertThat(api.post("/api/tindak-lanjut", "kepala-dinas", """
        {"sumber": "SKM", "jenis": "u3", "layanan": "permohonan-informasi-publik", "dari": "2025-01-01",
         "sampai": "2025-06-30", "bukti": "NRR waktu penyelesaian 3,00, terendah bersama sarana",
         "tindakan": "Jadwal piket meja PPID", "tenggat": "2025-08-29"}""").statusCode()).isEqualTo(201);

    try (Browser browser = Browser.open()) {
      try {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.get("http://127.0.0.1:" + port + "/skm");
        String before = browser.waitFor(By.tagName("main")).getText();
        assertThat(before).contains("Belum ada hasil SKM yang diumumkan").doesNotContain("85.57", "94.44");

        assertThat(api.post("/api/skm/publikasi", "kepala-dinas", "{\"from\": \"2025-01-01\", \"to\": \"2025-06-30\"}")
            .statusCode()).isEqualTo(200);
        browser.driver().navigate().refresh();
        assertThat(browser.waitFor(By.cssSelector("[data-field=ikm-kantor]")).getText()).isEqualTo("85.57");
        assertThat(browser.waitFor(By.cssSelector("dl[data-service=permohonan-informasi-publik]")).getText())
            .contains("94.44", "A (Sangat Baik)", "9");
        assertThat(browser.waitFor(By.cssSelector("dl[data-service=siaran-keliling]")).getText())
            .contains("86.67", "B (Baik)", "5");
        assertThat(browser.waitFor(By.cssSelector("div.rtl[data-service=permohonan-informasi-publik]")).getText())
            .contains("Jadwal piket meja PPID", "Waktu penyelesaian", "Kepala Bidang Pengelolaan Informasi Publik")
            .containsIgnoringCase("Status: direncanakan");
        assertThat(browser.driver().findElements(By.tagName("script"))).as("no script").isEmpty();
        assertThat((Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
            "return document.documentElement.scrollWidth <= window.innerWidth;")).as("fits a phone").isTrue();
      } catch (RuntimeException | AssertionError e) {
        browser.screenshot("skm-publication-failure");
        throw e;
      }
    }
  }

  /** {@code count} paper questionnaires of one service answered today, each with these values u1-u9. */
  private void questionnaires(String service, String sop, int count, int[] values) {
    for (int i = 0; i < count; i++) {
      Map<String, String> fields = new HashMap<>();
      for (int unsur = 0; unsur < values.length; unsur++) {
        fields.put("u" + (unsur + 1), Integer.toString(values[unsur]));
      }
      responses.record(new SkmResponses.Served("kertas-2025-" + answers++, sop, 1, service),
          SkmAnswer.read(fields, true), SkmResponses.Source.KERTAS, "admin");
    }
  }
}
