package org.sopflow.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sopflow.ApiClient;
import org.sopflow.EngineScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A citizen's request for public information, registered by the officer: its tracking code, the
 * receipt the officer prints, and what the citizen sees at /lacak without logging in.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-tracking-test;DB_CLOSE_DELAY=-1", "sop.deadlines.detection-interval=PT1H",
    "sop.citizen.lookups-per-minute=1000"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackingTest {

  private static final String KEY = "pip-permohonan-informasi";
  private static final Map<String, Object> PERSONAL = Map.of("namaPemohon", "Siti Aminah",
      "nikPemohon", "3574014506880002", "rincianInformasi", "Salinan kontrak pengadaan jaringan 2025");
  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcClient jdbc;
  private EngineScenario scenario;
  private String instance;
  private String code;

  @BeforeAll
  void registerARequest() {
    scenario = new EngineScenario(engine);
    instance = engine.getRuntimeService().startProcessInstanceByKey(KEY, "PPID/2026/0042", PERSONAL).getId();
    code = Receipts.printedCode(port, instance, "ppid-petugas");
    String task = scenario.task(instance).getId();
    scenario.as("ppid-petugas", () -> {
      engine.getTaskService().claim(task, "ppid-petugas");
      engine.getTaskService().complete(task, PERSONAL);
    });
  }

  @Test
  void eachRequestOfAPublicServiceGetsAnUnguessableCodeThatOnlyItsReceiptShows() {
    assertThat(code).hasSize(12).matches("[" + TrackingCode.ALPHABET + "]+");
    assertThat(jdbc.sql("SELECT process_instance_id FROM sop_tracking WHERE code_hash = ?")
        .param(TrackingCode.hash(code)).query(String.class).single()).isEqualTo(instance);
    // staff cannot read it back: no variable, no task description, no column holds it
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance).list())
        .noneMatch(variable -> String.valueOf(variable.getValue()).contains(code));
    assertThat(scenario.task(instance).getDescription()).doesNotContain(code)
        .contains("/api/layanan/" + instance + "/tanda-bukti.pdf");
    assertThat(jdbc.sql("SELECT * FROM sop_tracking WHERE process_instance_id = ?").param(instance)
        .query((row, number) -> {
          StringBuilder values = new StringBuilder();
          for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
            values.append(row.getString(column)).append('|');
          }
          return values.toString();
        }).single()).doesNotContain(code).contains("ppid-petugas");
    String internal = engine.getRuntimeService().startProcessInstanceByKey("sek-surat-masuk").getId();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sop_tracking WHERE process_instance_id = ?").param(internal)
        .query(Long.class).single()).as("not a public service").isZero();
  }

  @Test
  void aReprintIssuesANewCodeAndTheOldOneStopsWorking() {
    String reprinted = engine.getRuntimeService().startProcessInstanceByKey(KEY, "PPID/2026/0044").getId();
    String first = Receipts.printedCode(port, reprinted, "ppid-petugas");
    String second = Receipts.printedCode(port, reprinted, "admin:admin");
    ApiClient api = new ApiClient(port);

    assertThat(second).isNotEqualTo(first);
    assertThat(api.get("/lacak/" + first, null, "text/html").statusCode()).isEqualTo(404);
    assertThat(api.get("/lacak/" + second, null, "text/html").statusCode()).isEqualTo(200);
    assertThat(jdbc.sql("SELECT issues, issued_by FROM sop_tracking WHERE process_instance_id = ?").param(reprinted)
        .query((row, number) -> row.getInt(1) + " " + row.getString(2)).single()).isEqualTo("2 admin");
  }

  @Test
  void theCitizenSeesTheStageAndDeadlineButNothingPersonal() {
    HttpResponse<String> page = new ApiClient(port).get("/lacak/" + code, null, "text/html");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Permohonan Informasi Publik", "PPID/2026/0042", code, "diproses",
        "Batas waktu layanan", "WIB", "Tahap sekarang", "Pemeriksaan kelengkapan", "sesuai waktu standar");
    assertThat(page.body()).doesNotContain("Siti", "Aminah", "3574014506880002", "kontrak pengadaan", "ppid-petugas",
        "<script", "http://", "https://");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
        assertThat(csp).contains("default-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe-inline"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void aGuessedCodeAndAMalformedOneGetTheSame404() {
    ApiClient api = new ApiClient(port);
    HttpResponse<String> guessed = api.get("/lacak/" + "ACEFHJKMNPRT", null, "text/html");
    HttpResponse<String> malformed = api.get("/lacak/" + "abc-0OI1", null, "text/html");

    assertThat(guessed.statusCode()).isEqualTo(404);
    assertThat(malformed.statusCode()).isEqualTo(404);
    assertThat(malformed.body()).isEqualTo(guessed.body()).contains("Kode lacak tidak ditemukan");
  }

  @Test
  void aCodeTypedLooselyIsFound() {
    HttpResponse<String> typed = new ApiClient(port).get("/lacak?kode=" + code.substring(0, 4).toLowerCase() + "+"
        + code.substring(4), null, "text/html");
    assertThat(typed.statusCode()).isEqualTo(303);
    assertThat(typed.headers().firstValue("Location")).hasValue("/lacak/" + code);
  }

  @Test
  void anEndedRequestShowsTheOutcomeOfItsEndEvent() {
    String rejected = engine.getRuntimeService().startProcessInstanceByKey(KEY, "PPID/2026/0043").getId();
    String rejectedCode = Receipts.printedCode(port, rejected, "ppid-petugas");
    scenario.as("admin", () -> engine.getRuntimeService().createProcessInstanceModification(rejected)
        .cancelAllForActivity("registrasi-permohonan").startBeforeActivity("permohonan-ditolak").execute());

    HttpResponse<String> page = new ApiClient(port).get("/lacak/" + rejectedCode, null, "text/html");
    assertThat(page.body()).contains("status-ditolak\">ditolak", "Selesai pada").doesNotContain("Tahap sekarang");
  }

  @Test
  void theOfficerPrintsAReceiptWhoseQrCodeHoldsTheTrackingAddress() throws Exception {
    String printed = engine.getRuntimeService().startProcessInstanceByKey(KEY, "PPID/2026/0045").getId();
    HttpResponse<byte[]> pdf = new ApiClient(port).getBytes("/api/layanan/" + printed + "/tanda-bukti.pdf", "ppid-petugas");
    String code = Receipts.code(pdf.body());

    assertThat(pdf.statusCode()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("TANDA BUKTI PERMOHONAN", "Permohonan Informasi Publik", "PPID/2026/0045", code,
          "SP4N-LAPOR!").doesNotContain("Siti");
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 200);
      String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
          new BufferedImageLuminanceSource(image)))).getText();
      assertThat(decoded).isEqualTo("http://127.0.0.1:" + port + "/lacak/" + code);
    }
  }

  @Test
  void onlyTheSopsRolesAndAdminsPrintReceipts() {
    ApiClient api = new ApiClient(port);
    String printed = engine.getRuntimeService().startProcessInstanceByKey(KEY, "PPID/2026/0046").getId();
    HttpResponse<byte[]> other = api.getBytes("/api/layanan/" + printed + "/tanda-bukti.pdf", "pkp-redaktur");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(api.getBytes("/api/layanan/" + printed + "/tanda-bukti.pdf", "admin:admin").statusCode()).isEqualTo(200);
    assertThat(api.getBytes("/api/layanan/tiada/tanda-bukti.pdf", "admin:admin").statusCode()).isEqualTo(404);
    assertThat(api.getBytes("/api/layanan/" + instance + "/tanda-bukti.pdf", null).statusCode()).isEqualTo(401);
  }
}
