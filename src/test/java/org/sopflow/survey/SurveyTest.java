package org.sopflow.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.sopflow.ApiClient;
import org.sopflow.EngineScenario;
import org.sopflow.tracking.Receipts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The semester of the seed: one information request answered online by its citizen (94.44), five
 * Siaran Keliling (86.67) and twenty-five objections (keberatan) entered from paper, the office at 85.57.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-survey-test;DB_CLOSE_DELAY=-1", "sop.deadlines.detection-interval=PT1H",
    "sop.citizen.lookups-per-minute=1000"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the citizen answers first, the reports read it after
class SurveyTest {

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  private EngineScenario scenario;
  private String ppid;
  private String ppidCode;
  private final List<String> siaran = new ArrayList<>();

  @BeforeAll
  void serveTheSemester() throws Exception {
    scenario = new EngineScenario(engine);
    EngineScenario.awaitTimingPreload();
    ppid = scenario.served("pip-permohonan-informasi", "informasi-diberikan");
    ppidCode = Receipts.printedCode(port, ppid, "admin:admin");
    for (int i = 0; i < 5; i++) {
      siaran.add(scenario.served("pkp-siaran-keliling", "siaran-terlaksana"));
    }
    ApiClient api = new ApiClient(port);
    for (int i = 0; i < 5; i++) {
      assertThat(api.post("/api/skm/responses", "pkp-pranata-humas", paper(siaran.get(i),
          i == 0 ? IkmCalculationTest.THIRTY_TWO : IkmCalculationTest.THIRTY_ONE)).statusCode()).isEqualTo(201);
    }
    for (int i = 0; i < 25; i++) {
      String objection = scenario.served("pip-keberatan-informasi", "keberatan-selesai");
      assertThat(api.post("/api/skm/responses", "admin:admin", paper(objection,
          i < 15 ? IkmCalculationTest.THIRTY_ONE : IkmCalculationTest.THIRTY)).statusCode()).isEqualTo(201);
    }
    EngineScenario.awaitTimingFreshness(); // the served counts come from the timing figures
  }

  @Test
  @Order(1)
  void theCitizenAnswersOnceOnTheTrackingPage() throws Exception {
    HttpResponse<String> page = get("/lacak/" + ppidCode, null);
    assertThat(page.body()).contains("Survei Kepuasan Masyarakat", "kesesuaian persyaratan pelayanan", "Sangat sesuai",
        "Gratis", "Dikelola dengan baik", "Jenis kelamin");
    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    String token = cookie.substring(cookie.indexOf('=') + 1);
    assertThat(cookie).startsWith("skm_csrf=");

    assertThat(post("/lacak/" + ppidCode + "/skm", null, answers(IkmCalculationTest.PPID, token)).statusCode())
        .as("no cookie, no answer").isEqualTo(403);
    HttpResponse<String> answered = post("/lacak/" + ppidCode + "/skm", cookie, answers(IkmCalculationTest.PPID, token)
        + "&jenisKelamin=perempuan&usia=34&pendidikan=D4%2FS1&pekerjaan=Swasta&saran=Cepat+dan+ramah");
    assertThat(answered.statusCode()).isEqualTo(303);
    assertThat(get("/lacak/" + ppidCode, null).body()).contains("Terima kasih, survei kepuasan").doesNotContain("<form method=\"post\"");
    HttpResponse<String> again = post("/lacak/" + ppidCode + "/skm", cookie, answers(IkmCalculationTest.PPID, token));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("sudah diisi");
  }

  @Test
  void theReportPrintsTheSemestersFigures() throws Exception {
    theCitizenAnswersOnceOnTheTrackingPageIfNotYet();
    JsonNode report = json.readTree(new ApiClient(port).get("/api/skm", "admin:admin").body());

    assertThat(report.at("/office/ikmUnit").asDouble()).isEqualTo(85.57);
    assertThat(report.at("/office/mutu").asText()).isEqualTo("B");
    assertThat(report.at("/office/respondents").asLong()).isEqualTo(31);
    JsonNode informasi = service(report, "permohonan-informasi-publik");
    assertThat(informasi.at("/score/ikmUnit").asDouble()).isEqualTo(94.44);
    assertThat(informasi.at("/score/mutu").asText()).isEqualTo("A");
    assertThat(informasi.at("/score/kinerja").asText()).isEqualTo("Sangat Baik");
    JsonNode keliling = service(report, "siaran-keliling");
    assertThat(keliling.at("/score/ikmUnit").asDouble()).isEqualTo(86.67);
    assertThat(keliling.at("/score/kinerja").asText()).isEqualTo("Baik");
    assertThat(keliling.get("served").asLong()).isEqualTo(5);
    assertThat(keliling.get("minimumSample").asLong()).isEqualTo(5);
    assertThat(keliling.get("lowestUnsur").asText()).as("the first of the lowest, U6-U9 at 3.0").isEqualTo("Kompetensi pelaksana");
    JsonNode keberatan = service(report, "keberatan-informasi-publik");
    assertThat(keberatan.get("minimumSample").asLong()).isEqualTo(24);
    assertThat(keberatan.get("sampleReached").asBoolean()).isTrue();
    assertThat(keberatan.get("onTimeRate").asDouble()).isEqualTo(1.0);
    assertThat(report.at("/services").findValuesAsText("key")).as("internal services are not in the IKM")
        .doesNotContain("pengaduan-masyarakat", "video-conference");

    ApiClient api = new ApiClient(port);
    assertThat(api.get("/api/skm", "admin:admin", "text/html").body()).contains("INDEKS KEPUASAN MASYARAKAT", "94.44",
        "86.67", "85.57", "Sangat Baik");
    assertThat(api.get("/api/skm", "admin:admin", "text/csv").body()).contains("\"siaran-keliling\",\"Pelayanan Siaran Keliling\",5,",
        ",86.67,B,\"Baik\",5,5,");
    try (PDDocument pdf = Loader.loadPDF(api.getBytes("/api/skm.pdf", "admin:admin").body())) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("INDEKS KEPUASAN MASYARAKAT", "85.57");
    }
    HttpResponse<String> chart = api.get("/api/skm.svg?layanan=siaran-keliling", "admin:admin", "image/svg+xml");
    assertThat(chart.body()).startsWith("<svg").contains("Siaran Keliling", "data-unsur=\"PERSYARATAN\"", ">3.20<");
    assertThat(api.get("/api/skm.svg?layanan=tiada", "admin:admin", "image/svg+xml").statusCode()).isEqualTo(404);
    assertThat(api.get("/api/skm", "ppid-petugas").statusCode()).isEqualTo(403);
    assertThat(api.get("/api/skm?from=semester", "admin:admin").body()).contains("from 'semester'");
  }

  @Test
  void answersAreKeptWithoutTheRequestTheyJudgeAndDatedByTheDayOnly() throws Exception {
    theCitizenAnswersOnceOnTheTrackingPageIfNotYet();
    JdbcClient jdbc = JdbcClient.create(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
        engine.getProcessEngineConfiguration()).getDataSource());

    assertThat(jdbc.sql("SELECT COUNT(*) FROM sop_skm_response").query(Long.class).single()).isEqualTo(31);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sop_skm_response WHERE process_instance_id IS NOT NULL")
        .query(Long.class).single()).isZero();
    assertThat(jdbc.sql("SELECT answered_at FROM sop_skm_response").query(java.time.OffsetDateTime.class).list())
        .allSatisfy(day -> assertThat(day.atZoneSameInstant(java.time.ZoneId.of("Asia/Jakarta")).toLocalTime())
            .isEqualTo(java.time.LocalTime.MIDNIGHT));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sop_skm_answered WHERE process_instance_id = ?").param(ppid)
        .query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void paperAnswersAreCheckedAndKeptOncePerRequest() {
    ApiClient api = new ApiClient(port);
    HttpResponse<String> twice = api.post("/api/skm/responses", "pkp-pranata-humas", paper(siaran.get(0),
        IkmCalculationTest.THIRTY));
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(twice.body()).contains("already been answered");
    String open = engine.getRuntimeService().startProcessInstanceByKey("pkp-siaran-keliling").getId();
    assertThat(api.post("/api/skm/responses", "admin:admin", paper(open, IkmCalculationTest.THIRTY)).body())
        .contains("has not been served yet");
    String another = scenario.served("pip-keberatan-informasi", "keberatan-selesai");
    HttpResponse<String> bad = api.post("/api/skm/responses", "admin:admin",
        "{\"processInstanceId\": \"" + another + "\", \"u1\": 5}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("u1 (Persyaratan) '5' is not 1, 2, 3 or 4");
    assertThat(api.post("/api/skm/responses", "pkp-redaktur", paper(another, IkmCalculationTest.THIRTY)).statusCode())
        .isIn(403, 404);

    // the regulation's sample questionnaire, typed by its question numbers: 8 asks sarana, 9 pengaduan
    HttpResponse<String> mixed = api.post("/api/skm/responses", "admin:admin",
        "{\"processInstanceId\": \"" + another + "\", \"u1\": 4, \"p2\": 4}");
    assertThat(mixed.body()).contains("u1..u9 (by unsur) or p1..p9 (by question of the sample form), not both");
    assertThat(mixed.statusCode()).isEqualTo(400);
  }

  /**
   * PermenPAN-RB 14/2017: the results are published. Nothing shows before a supervisor of the whole
   * office publishes the period; then a phone reads the office's and each service's figures.
   */
  @Test
  void aPublishedPeriodsFiguresArePublicOnAPhoneAndNothingBefore() throws Exception {
    theCitizenAnswersOnceOnTheTrackingPageIfNotYet();
    ApiClient api = new ApiClient(port);
    HttpResponse<String> before = api.get("/skm", null, "text/html");
    assertThat(before.statusCode()).as("no login").isEqualTo(200);
    assertThat(before.body()).contains("Belum ada hasil SKM yang diumumkan").doesNotContain("85.57");
    assertThat(before.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
    assertThat(api.post("/api/skm/publikasi", "ppid-petugas", "{}").statusCode()).isEqualTo(403);
    assertThat(api.post("/api/skm/publikasi", "kabid-pip", "{}").statusCode()).as("one bidang's head").isEqualTo(403);
    JsonNode published = json.readTree(api.post("/api/skm/publikasi", "kepala-dinas", "{}").body());
    assertThat(published.get("periode").asText()).matches("Semester (I|II) \\d{4}");

    try (org.sopflow.Browser browser = org.sopflow.Browser.open()) {
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
      browser.get("http://127.0.0.1:" + port + "/skm");
      String page = browser.waitFor(org.openqa.selenium.By.cssSelector("section.periode")).getText();
      assertThat(page).contains(published.get("periode").asText()).contains("85.57").contains("94.44")
          .contains("86.67").contains("Siaran Keliling").doesNotContain("Cepat dan ramah");
      Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
          "return document.documentElement.scrollWidth > window.innerWidth;");
      assertThat(overflow).as("fits a phone's width").isEqualTo(false);
    }
  }

  private void theCitizenAnswersOnceOnTheTrackingPageIfNotYet() throws Exception {
    if (engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(ppid).count() == 1
        && !new ApiClient(port).get("/lacak/" + ppidCode, null, "text/html").body().contains("Terima kasih")) {
      theCitizenAnswersOnceOnTheTrackingPage();
    }
  }

  /** An instance that reached the given end event (the steps between are not this test's subject). */
  private static String paper(String instance, int[] values) {
    return "{\"processInstanceId\": \"" + instance + "\", " + IntStream.range(0, values.length)
        .mapToObj(i -> "\"u" + (i + 1) + "\": " + values[i]).collect(Collectors.joining(", ")) + "}";
  }

  private static String answers(int[] values, String token) {
    return "csrf=" + token + "&" + IntStream.range(0, values.length).mapToObj(i -> "u" + (i + 1) + "=" + values[i])
        .collect(Collectors.joining("&"));
  }

  private HttpResponse<String> get(String path, String cookie) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String cookie, String form) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode service(JsonNode report, String key) {
    for (JsonNode service : report.get("services")) {
      if (service.get("key").asText().equals(key)) {
        return service;
      }
    }
    throw new AssertionError("no service " + key);
  }
}
