package org.sopflow.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sopflow.EngineScenario.clockAt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sopflow.ApiClient;
import org.sopflow.Browser;
import org.sopflow.EngineScenario;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A follow-up as staff work it in Tasklist: the head of PIP, whom the follow-up names, finds its
 * planning step with the finding on its form, plans and carries it out; the Sekretaris's check shows
 * the period it waits for and refuses to close before that period has ended.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-followup-browser-test;DB_CLOSE_DELAY=-1",
    "sop.deadlines.detection-interval=PT1H"})
@ActiveProfiles("demo")
class FollowUpBrowserTest {

  private static final String FORM = "[id$='-%s']";
  private final ObjectMapper json = new ObjectMapper();
  @LocalServerPort
  int port;

  @AfterEach
  void resetClock() {
    EngineScenario.resetClock();
  }

  @Test
  void theNamedHeadPlansAndCarriesOutAFollowUpAndTheCheckWaitsForTheNextPeriod() throws Exception {
    clockAt("2026-07-06T09:00");
    ApiClient api = new ApiClient(port);
    HttpResponse<String> created = api.post("/api/tindak-lanjut", "kepala-dinas", """
        {"sumber": "SKM", "jenis": "u3", "layanan": "permohonan-informasi-publik", "dari": "2026-01-01",
         "sampai": "2026-06-30", "bukti": "NRR waktu penyelesaian 2,90, terendah", "tindakan": "Jadwal piket",
         "tenggat": "2026-07-31"}""");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = json.readTree(created.body()).get("id").asText();

    try (Browser browser = Browser.open()) {
      try {
        browser.logIn(base(), "kabid-pip", "demo");
        browser.openAndClaim("Rencanakan tindak lanjut");
        assertThat(text(browser, "Temuan:"))
            .contains("Survei Kepuasan Masyarakat (u3)", "NRR waktu penyelesaian 2,90");
        browser.type(By.cssSelector(FORM.formatted("penyebab")), "Meja kosong saat istirahat");
        browser.type(By.cssSelector(FORM.formatted("tindakan")), "Jadwal piket meja PPID");
        browser.click(By.xpath("//label[normalize-space()='Tidak']"));
        browser.completeTask();
        assertThat(followUp(id).get("statusKode").asText()).isEqualTo("DILAKSANAKAN");
        assertThat(followUp(id).get("tindakan").asText()).isEqualTo("Jadwal piket meja PPID");

        clockAt("2026-07-20T10:00");
        browser.driver().navigate().refresh();
        browser.openAndClaim("Laksanakan tindak lanjut");
        browser.type(By.cssSelector(FORM.formatted("hasilTindakLanjut")), "Piket sejak 20 Juli");
        browser.type(By.cssSelector(FORM.formatted("buktiPelaksanaan")), "Nota dinas 800/12/2026");
        browser.completeTask();
        assertThat(followUp(id).get("statusKode").asText()).isEqualTo("MENUNGGU_PEMERIKSAAN");

        browser.logIn(base(), "sekretaris", "demo");
        browser.openAndClaim("Periksa efektivitas tindak lanjut");
        assertThat(text(browser, "Angka periode"))
            .contains("1 Juli 2026 – 31 Desember 2026", "belum berakhir");
        browser.click(By.xpath("//label[contains(normalize-space(),'Ya, temuan tidak berulang')]"));
        browser.click(By.xpath("//button[normalize-space()='Selesaikan']"));
        assertThat(browser.waitFor(By.xpath("//*[contains(text(),'angka periode itu belum lengkap')]")).getText())
            .as("Tasklist shows why it cannot close yet").contains("1 Juli 2026 – 31 Desember 2026");
        assertThat(followUp(id).get("statusKode").asText()).isEqualTo("MENUNGGU_PEMERIKSAAN");
      } catch (RuntimeException | AssertionError e) {
        browser.screenshot("follow-up-failure");
        throw e;
      }
    }
  }

  /** The text block of the open task's form that holds {@code start}. */
  private static String text(Browser browser, String start) {
    return browser.waitFor(By.xpath("//*[contains(@class,'fjs-form-field-text')][contains(.,'" + start + "')]"))
        .getText();
  }

  private JsonNode followUp(String id) throws Exception {
    HttpResponse<String> response = new ApiClient(port).get("/api/tindak-lanjut/" + id, "kepala-dinas");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private String base() {
    return "http://127.0.0.1:" + port + "/camunda/app/tasklist/default/";
  }
}
