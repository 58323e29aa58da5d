package org.sopflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sopflow.EngineScenario.clockAt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sopflow.ApiClient;
import org.sopflow.EngineScenario;
import org.sopflow.TestModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The evaluation from runs made here: "sop-lambat" takes three working hours for a one-hour step,
 * every time; "sop-tertib" takes ten minutes. The rule asks 80 % of the steps on time (configured).
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-evaluation-test;DB_CLOSE_DELAY=-1",
    "sop.deadlines.detection-interval=PT1H", "sop.evaluation.min-step-on-time-rate=0.8"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SopEvaluationTest {

  private static final String PERIOD = "?from=2026-11-01&to=2026-12-31";
  private final ObjectMapper json = new ObjectMapper();
  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  private EngineScenario scenario;

  @BeforeAll
  void runBothSops() {
    scenario = new EngineScenario(engine);
    EngineScenario.awaitTimingPreload();
    for (String key : new String[] {"sop-lambat", "sop-tertib"}) {
      scenario.deploy(key + ".bpmn", TestModels.sop(key).lane("ppid-petugas", "Petugas")
          .task("proses", "ppid-petugas").taskProperty("proses", "sop.waktu", "1 jam").xml());
    }
    for (int day = 0; day < 4; day++) {
      String date = "2026-11-" + (23 + day);
      run("sop-lambat", date + "T08:00", date + "T11:00");
      run("sop-tertib", date + "T08:00", date + "T08:10");
    }
    scenario.deploy("sop-tunggu.bpmn", TestModels.sop("sop-tunggu").lane("ppid-petugas", "Petugas")
        .task("proses", "ppid-petugas").taskProperty("proses", "sop.waktu", "1 jam")
        .task("lengkapi", "ppid-petugas").withoutWaktu("lengkapi").taskProperty("lengkapi", "sop.menunggu-pemohon", "true")
        .xml());
    for (String date : new String[] {"2026-11-23", "2026-11-24"}) {
      run("sop-tunggu", date + "T08:00", date + "T08:30");
      clockAt(date + "T10:30");
      engine.getTaskService().createTaskQuery().processDefinitionKey("sop-tunggu").list()
          .forEach(task -> engine.getTaskService().complete(task.getId()));
    }
    clockAt("2026-12-02T12:00");
    EngineScenario.awaitTimingFreshness();
  }

  @Test
  void theApplicantsTimeIsShownApartAndCountsAsNoStep() throws Exception {
    JsonNode tunggu = sop(get("/api/sops/evaluation" + PERIOD), "sop-tunggu");

    assertThat(tunggu.get("figures").get("stepsCompleted").asLong()).isEqualTo(2);
    assertThat(tunggu.get("figures").get("applicantWaits")).singleElement().satisfies(wait -> {
      assertThat(wait.get("count").asLong()).isEqualTo(2);
      assertThat(wait.get("median").asText()).isEqualTo("2 jam");
    });
    assertThat(tunggu.get("catatan").toString())
        .contains("Menunggu pemohon pada Langkah lengkapi: 2 kali, median 2 jam (tidak dihitung dalam waktu layanan)");
  }

  @AfterAll
  void resetClock() {
    EngineScenario.resetClock();
  }

  @Test
  void manyOverdueStepsAreNotRunningWellAndACleanSopIs() throws Exception {
    JsonNode evaluation = get("/api/sops/evaluation" + PERIOD);

    JsonNode lambat = sop(evaluation, "sop-lambat");
    assertThat(lambat.get("penilaian").asText()).isEqualTo("tidak berjalan dengan baik");
    assertThat(lambat.get("baik").asBoolean()).isFalse();
    assertThat(lambat.get("figures").get("stepsCompleted").asLong()).isEqualTo(4);
    assertThat(lambat.get("figures").get("stepsOnTime").asLong()).isZero();
    assertThat(lambat.get("figures").get("eventsByCategory").get("PENUNDAAN_BERLARUT").asLong()).isEqualTo(4);
    assertThat(lambat.get("figures").get("slowSteps")).singleElement()
        .satisfies(step -> assertThat(step.get("p90").asText()).isEqualTo("3 jam"));
    assertThat(lambat.get("catatan").toString()).contains("Hanya 0 % langkah selesai dalam waktu standar (0 dari 4)",
        "penundaan berlarut 4", "Langkah proses (p90 3 jam; standar 1 jam)");
    assertThat(lambat.get("tindakan").toString()).contains("Kaji ulang langkah");

    JsonNode tertib = sop(evaluation, "sop-tertib");
    assertThat(tertib.get("penilaian").asText()).isEqualTo("berjalan dengan baik");
    assertThat(tertib.get("figures").get("stepOnTimeRate").asDouble()).isEqualTo(1.0);
    assertThat(tertib.get("catatan").toString()).contains("4 layanan dimulai, 4 selesai", "Tidak ada kejadian maladministrasi");

    JsonNode neverRun = sop(evaluation, "tik-berita-rahasia");
    assertThat(neverRun.get("penilaian").asText()).isEqualTo("tidak berjalan dengan baik");
    assertThat(neverRun.get("catatan").toString()).contains("SOP tidak dijalankan dalam periode ini");
    assertThat(evaluation.get("rule").asText()).contains("sedikitnya 80 % langkah");
  }

  @Test
  void theDocumentPrintsTheRuleAndThePermenpanColumnsAsHtmlAndPdf() throws Exception {
    HttpResponse<String> html = new ApiClient(port).get("/api/sops/evaluation" + PERIOD, "admin:admin", "text/html");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body()).contains("<th>No</th><th>Prosedur</th><th>Penilaian</th><th>Catatan</th>"
            + "<th>Tindakan yang harus diambil</th><th>Paraf penilai</th>",
        "Periode 1 November 2026 sampai 31 Desember 2026", "SOP dinilai berjalan dengan baik bila",
        "data-key=\"sop-lambat\" data-baik=\"false\"", "data-key=\"sop-tertib\" data-baik=\"true\"",
        "<td class=\"paraf\"></td>");

    HttpResponse<byte[]> pdf = new ApiClient(port).getBytes("/api/sops/evaluation.pdf" + PERIOD, "admin:admin");
    assertThat(pdf.statusCode()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("MONITORING PELAKSANAAN STANDAR OPERASIONAL PROSEDUR", "SOP uji sop-lambat",
          "tidak berjalan dengan baik", "SOP uji sop-tertib", "Aturan penilaian");
    }
  }

  @Test
  void thePenerapanFormIsPrefilledWhereTheRunsMeasureACriterion() throws Exception {
    JsonNode form = get("/api/sops/evaluation/penerapan" + PERIOD);

    JsonNode lambat = sop(form, "sop-lambat").get("criteria");
    assertThat(lambat).hasSize(7);
    assertThat(criterion(lambat, "Mudah dilaksanakan").get("nilai").asText()).isEqualTo("Tidak");
    assertThat(criterion(lambat, "Mudah dilaksanakan").get("ukuran").asText()).contains("0 % langkah");
    assertThat(criterion(lambat, "Semua orang dapat menjalankan perannya masing-masing").get("nilai").asText())
        .isEqualTo("Ya");
    assertThat(criterion(lambat, "Mudah dipahami").get("nilai").isNull()).as("for the evaluator").isTrue();
    assertThat(criterion(lambat, "Mampu mendorong peningkatan kinerja").get("nilai").isNull())
        .as("no service standard, no measure").isTrue();
    assertThat(criterion(sop(form, "sop-tertib").get("criteria"), "Mudah dilaksanakan").get("nilai").asText())
        .isEqualTo("Ya");

    HttpResponse<String> html = new ApiClient(port).get("/api/sops/evaluation/penerapan" + PERIOD, "admin:admin", "text/html");
    assertThat(html.body()).contains("EVALUASI PENERAPAN STANDAR OPERASIONAL PROSEDUR", "<th>Mudah dipahami</th>",
        "<th>Sinergi satu dengan lainnya</th>", "data-key=\"sop-lambat\"");
    HttpResponse<byte[]> pdf = new ApiClient(port).getBytes("/api/sops/evaluation/penerapan.pdf" + PERIOD, "admin:admin");
    assertThat(pdf.statusCode()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("EVALUASI PENERAPAN", "SOP uji sop-lambat");
    }
    assertThat(new ApiClient(port).get("/api/sops/evaluation/penerapan", "ppid-petugas").statusCode()).isEqualTo(403);
  }

  private static JsonNode criterion(JsonNode criteria, String name) {
    for (JsonNode criterion : criteria) {
      if (criterion.get("kriteria").asText().equals(name)) {
        return criterion;
      }
    }
    throw new AssertionError("no criterion " + name + " in " + criteria);
  }

  @Test
  void staffAreRefusedAndBadDatesNamed() {
    ApiClient api = new ApiClient(port);
    assertThat(api.get("/api/sops/evaluation", "ppid-petugas").statusCode()).isEqualTo(403);
    HttpResponse<String> bad = api.get("/api/sops/evaluation?from=semester-lalu", "ppid");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("from 'semester-lalu'");
  }

  private void run(String key, String start, String end) {
    clockAt(start);
    String instance = engine.getRuntimeService().startProcessInstanceByKey(key).getId();
    clockAt(end);
    engine.getTaskService().complete(scenario.task(instance).getId());
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response = new ApiClient(port).get(path, "admin:admin");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static JsonNode sop(JsonNode evaluation, String key) {
    for (JsonNode sop : evaluation.get("sops")) {
      if (sop.get("key").asText().equals(key)) {
        return sop;
      }
    }
    throw new AssertionError("no " + key + " in " + evaluation);
  }
}
