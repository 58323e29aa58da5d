package org.sopflow.city;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sopflow.ApiClient;
import org.sopflow.Browser;
import org.sopflow.EngineScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two perangkat daerah on one installation, Diskominfo and the example Kecamatan Kanigaran: each
 * OPD's register holds only its own SOPs and services, a user of one gets 403 for the other's, and the
 * Bagian Organisasi's city view shows both with the city's sums, as JSON, a printable page and in Cockpit.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-city-test;DB_CLOSE_DELAY=-1",
    "sop.deadlines.detection-interval=PT1H"})
@ActiveProfiles("demo")
class CityViewTest {

  private static final String CITY = "bagian-organisasi";
  private static final String KANIGARAN = "kecamatan-kanigaran";
  private final ObjectMapper json = new ObjectMapper();
  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  @Test
  void eachOpdsRegisterHoldsItsOwnAndTheCityViewSumsThem() throws Exception {
    runLetterOfTheKecamatan();
    JsonNode kanigaran = get("/api/register", "kanigaran-camat");
    assertThat(keys(kanigaran.get("sops"))).containsExactlyInAnyOrder("kanigaran-legalisasi-dokumen",
        "kanigaran-surat-masuk", "kanigaran-tindak-lanjut");
    assertThat(keys(kanigaran.get("services"))).containsExactly("kanigaran-legalisasi-dokumen");
    assertThat(kanigaran.get("opd").get("nama").asText()).isEqualTo("Kecamatan Kanigaran Kota Probolinggo");
    assertThat(api().get("/api/sops/kanigaran-legalisasi-dokumen/document", "kanigaran-camat", "text/html").body())
        .as("its document names the OPD").contains("<td class=\"unit\" rowspan=\"3\">Kecamatan Kanigaran Kota Probolinggo</td>");
    JsonNode diskominfo = get("/api/register", "kepala-dinas");
    assertThat(keys(diskominfo.get("sops"))).hasSize(16).noneMatch(key -> key.startsWith("kanigaran-"));
    assertThat(diskominfo.get("sopDitetapkan").asInt()).as("its opd.yaml").isEqualTo(36);
    ApiClient api = new ApiClient(port);
    for (String report : List.of("/api/register?opd=diskominfo", "/api/skm?opd=diskominfo",
        "/api/skm/internal?opd=diskominfo")) {
      assertThat(api.get(report, "kanigaran-camat").statusCode()).as(report).isEqualTo(403);
    }
    assertThat(api.get("/api/register?opd=" + KANIGARAN, "kepala-dinas").statusCode()).isEqualTo(403);
    HttpResponse<String> unknown = api.get("/api/register?opd=tidak-ada", "admin:admin");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("opd", "tidak-ada", "diskominfo");

    assertThat(api.get("/api/kota", "kepala-dinas").statusCode()).as("the head of one OPD").isEqualTo(403);
    JsonNode city = get("/api/kota?urut=-sop", CITY);
    assertThat(city.get("opd")).extracting(row -> row.get("id").asText()).containsExactly("diskominfo", KANIGARAN);
    JsonNode kecamatan = city.get("opd").get(1);
    assertThat(kecamatan.get("sop").asInt()).isEqualTo(3);
    assertThat(kecamatan.get("layanan").asInt()).isEqualTo(1);
    assertThat(kecamatan.get("langkahSelesai").asLong()).as("the letter's four steps").isEqualTo(4);
    JsonNode total = city.get("kota");
    for (String column : List.of("sop", "layanan", "layananTanpaSop", "temuan", "langkahSelesai", "langkahTepatWaktu")) {
      assertThat(total.get(column).asLong()).as(column)
          .isEqualTo(city.get("opd").get(0).get(column).asLong() + kecamatan.get(column).asLong());
    }
    assertThat(get("/api/kota?urut=nama", CITY).get("opd").get(0).get("id").asText()).isEqualTo("diskominfo");
    assertThat(api.get("/api/kota?urut=warna", CITY).body()).as("a bad column is named").contains("urut", "warna");

    assertThat(api.post("/api/skm/publikasi", "kanigaran-camat", "{\"from\": \"2026-01-01\"}").statusCode())
        .isEqualTo(200);
    String published = api.get("/skm", null, "text/html").body();
    assertThat(published).as("the city's SKM page lists every OPD").contains("Kecamatan Kanigaran Kota Probolinggo",
        "Dinas Komunikasi dan Informatika Kota Probolinggo");
    assertThat(published.substring(published.indexOf("data-opd=\"kecamatan-kanigaran\""))).contains("Semester I 2026");
    assertThat(published.substring(published.indexOf("data-opd=\"diskominfo\""),
        published.indexOf("data-opd=\"kecamatan-kanigaran\""))).as("the camat publishes the kecamatan's only")
        .contains("Belum ada hasil SKM yang diumumkan").doesNotContain("Semester I 2026");

    HttpResponse<String> page = api.get("/api/kota", CITY, "text/html");
    assertThat(page.body()).contains("Dinas Komunikasi dan Informatika Kota Probolinggo",
        "Kecamatan Kanigaran Kota Probolinggo", "Seluruh perangkat daerah")
        .doesNotContain("<script", "src=\"", "href=\"http", "url(");
    assertThat(api.getBytes("/api/kota.pdf", CITY).body()).startsWith("%PDF".getBytes());
  }

  @Test
  void anSopKeyAnotherOpdHasIsRefusedNamingIt() {
    String model = org.sopflow.TestModels.sop("pip-permohonan-informasi").lane("kanigaran-petugas-paten", "Petugas")
        .task("catat", "kanigaran-petugas-paten").xml();
    HttpResponse<String> refused = api().deploy("admin:admin", "kecamatan", "pelayanan/salah.bpmn", model);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("pip-permohonan-informasi", "diskominfo", "city-wide");
  }

  @Test
  void theBagianOrganisasiSeesBothOpdsInCockpit() {
    try (Browser browser = Browser.open()) {
      browser.logIn("http://127.0.0.1:" + port + "/camunda/app/cockpit/default/", CITY, "demo");
      String text = browser.waitFor(By.cssSelector(".sop-city-table")).getText();
      assertThat(text).contains("Dinas Komunikasi dan Informatika Kota Probolinggo",
          "Kecamatan Kanigaran Kota Probolinggo", "Seluruh perangkat daerah");
    }
  }

  /** The kecamatan's letter SOP, each step done by its own role. */
  private void runLetterOfTheKecamatan() {
    EngineScenario scenario = new EngineScenario(engine);
    String instance = engine.getRuntimeService().createProcessInstanceByKey("kanigaran-surat-masuk")
        .processDefinitionTenantId(KANIGARAN).execute().getId();
    for (Task task = scenario.task(instance); task != null; task = scenario.task(instance)) {
      String taskId = task.getId();
      String role = engine.getTaskService().getIdentityLinksForTask(taskId).stream()
          .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
      scenario.as(role, () -> {
        engine.getTaskService().claim(taskId, role);
        engine.getTaskService().complete(taskId);
      });
    }
  }

  private ApiClient api() {
    return new ApiClient(port);
  }

  private JsonNode get(String path, String user) throws Exception {
    HttpResponse<String> response = new ApiClient(port).get(path, user);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static List<String> keys(JsonNode list) {
    List<String> keys = new ArrayList<>();
    list.forEach(entry -> keys.add(entry.get("key").asText()));
    return keys;
  }
}
