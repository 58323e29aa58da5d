package org.sopflow.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sopflow.EngineScenario.clockAt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.sopflow.EngineScenario;
import org.sopflow.TestModels;
import org.sopflow.deadline.OverdueDetector;
import org.sopflow.deviation.MaladministrationEvent;
import org.sopflow.survey.SkmAnswer;
import org.sopflow.survey.SkmResponses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tindak lanjut over two SKM periods: the first half of 2026 rates waktu penyelesaian lowest for
 * information requests; the head of PIP plans and carries out an action by its due date; the second
 * half rates it higher, and the Sekretaris's check, once that half is over, says so and closes it. A
 * follow-up left open past its due date is overdue and escalated like any step.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-followup-test;DB_CLOSE_DELAY=-1",
    "sop.deadlines.detection-interval=PT1H", "sop.register.min-runs=2"})
@ActiveProfiles("demo")
class FollowUpTest {

  private static final String SERVICE = "permohonan-informasi-publik";
  private final ObjectMapper json = new ObjectMapper();
  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  SkmResponses responses;
  @Autowired
  FollowUpCases cases;
  @Autowired
  OverdueDetector detector;
  @Autowired
  FollowUps followUps;
  private int answers;

  @AfterEach
  void resetClock() {
    EngineScenario.resetClock();
  }

  @Test
  void anSkmFollowUpIsPlannedCarriedOutAndFoundEffectiveInTheNextPeriod() throws Exception {
    EngineScenario scenario = new EngineScenario(engine);
    clockAt("2026-03-10T09:00");
    answer(2, 10); // waktu penyelesaian rated 2 of 4 by ten respondents: the lowest unsur
    clockAt("2026-07-06T09:00");
    JsonNode created = post("kepala-dinas", """
        {"sumber": "SKM", "jenis": "u3", "layanan": "%s", "dari": "2026-01-01", "sampai": "2026-06-30",
         "bukti": "NRR waktu penyelesaian 2,00, terendah", "tindakan": "Jadwal piket meja PPID", "tenggat": "2026-07-31"}
        """.formatted(SERVICE), 201);
    assertThat(created.get("penanggungJawab").asText()).as("the head of the service's bidang").isEqualTo("kabid-pip");
    assertThat(created.get("statusKode").asText()).isEqualTo("DIRENCANAKAN");
    String instance = created.get("kasus").asText();
    JsonNode rtl = get("/api/skm/rtl?from=2026-01-01&to=2026-06-30", "kepala-dinas").at("/services/0");
    assertThat(rtl.get("key").asText()).isEqualTo(SERVICE);
    assertThat(rtl.at("/unsur/0/unsur").asText()).as("the lowest unsur first").isEqualTo("WAKTU");
    assertThat(rtl.at("/actions/0/tindakan").asText()).isEqualTo("Jadwal piket meja PPID");
    assertThat(rtl.at("/actions/0/penanggungJawab").asText()).isEqualTo("Kepala Bidang Pengelolaan Informasi Publik");
    assertThat(new ApiClient(port).get("/api/skm?from=2026-01-01&to=2026-06-30", "kepala-dinas", "text/html").body())
        .as("the IKM report carries its RTL").contains("Rencana tindak lanjut", "Jadwal piket meja PPID");
    assertThat(new String(new ApiClient(port).getBytes("/api/skm/rtl.pdf?from=2026-01-01&to=2026-06-30",
        "kepala-dinas").body(), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
    assertThat(new ApiClient(port).get("/api/skm/rtl", "ppid-petugas").statusCode()).isEqualTo(403);

    Task planning = scenario.task(instance);
    assertThat(planning.getTaskDefinitionKey()).isEqualTo(FollowUpCases.PLANNING);
    assertThat(candidates(planning)).containsExactly("kabid-pip");
    scenario.as("kabid-pip", () -> engine.getTaskService().complete(planning.getId(), Map.of("penyebab",
        "Meja PPID kosong saat jam istirahat", "tindakan", "Jadwal piket meja PPID", "tenggat", "2026-07-31",
        "revisiSop", "Tidak")));
    Task carryingOut = scenario.task(instance);
    assertThat(carryingOut.getDueDate().toInstant().atZone(EngineScenario.WIB).toLocalDate())
        .as("due on the planned day").isEqualTo(java.time.LocalDate.parse("2026-07-31"));
    clockAt("2026-07-20T10:00");
    scenario.as("kabid-pip", () -> engine.getTaskService().complete(carryingOut.getId(), Map.of("hasilTindakLanjut",
        "Piket dijadwalkan sejak 20 Juli", "buktiPelaksanaan", "Nota dinas 800/12/425.116/2026")));
    Task check = scenario.task(instance);
    assertThat(candidates(check)).containsExactly("sekretaris");
    assertThat(engine.getTaskService().getVariable(check.getId(), "hasilPemeriksaan").toString())
        .contains("1 Juli 2026 – 31 Desember 2026", "belum berakhir");
    assertThatThrownBy(() -> scenario.as("sekretaris", () -> engine.getTaskService().complete(check.getId(),
        Map.of("efektif", "Ya")))).isInstanceOf(ProcessEngineException.class).hasMessageContaining("belum lengkap");
    assertThat(get("/api/tindak-lanjut/" + created.get("id").asText(), "kabid-pip").get("statusKode").asText())
        .isEqualTo("MENUNGGU_PEMERIKSAAN");

    clockAt("2026-10-12T09:00");
    answer(4, 8); // after the action: waktu penyelesaian rated 4
    answer(3, 2);
    clockAt("2027-01-04T08:00");
    cases.refreshChecks();
    String figures = engine.getTaskService().getVariable(check.getId(), "hasilPemeriksaan").toString();
    assertThat(figures).contains("NRR unsur Waktu penyelesaian: 2,00 → 3,80", "temuan tidak berulang, membaik")
        .doesNotContain("belum berakhir");
    JsonNode followUp = get("/api/tindak-lanjut/" + created.get("id").asText(), "kepala-dinas");
    assertThat(followUp.at("/efektivitas/kesimpulan").asText()).isEqualTo("temuan tidak berulang, membaik");
    assertThat(followUp.at("/efektivitas/indikator/0/membaik").asBoolean()).isTrue();

    scenario.as("sekretaris", () -> engine.getTaskService().complete(check.getId(), Map.of("efektif", "Ya",
        "catatanPemeriksaan", "Waktu penyelesaian naik ke 3,80")));
    JsonNode closed = get("/api/tindak-lanjut/" + created.get("id").asText(), "kepala-dinas");
    assertThat(closed.get("statusKode").asText()).isEqualTo("SELESAI");
    assertThat(closed.get("efektif").asBoolean()).isTrue();
    assertThat(closed.get("hasil").asText()).isEqualTo("Piket dijadwalkan sejak 20 Juli");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
  }

  @Test
  void aFollowUpLeftOpenPastItsDueDateIsOverdueAndEscalated() throws Exception {
    EngineScenario scenario = new EngineScenario(engine);
    clockAt("2026-08-03T09:00");
    JsonNode created = post("kabid-pip", """
        {"sumber": "MALADMINISTRASI", "jenis": "STEP_OVERDUE", "sop": "pip-permohonan-informasi",
         "langkah": "periksa-kelengkapan", "dari": "2026-07-01", "sampai": "2026-07-31",
         "bukti": "4 langkah melewati waktu standar", "tindakan": "Bagi beban kerja petugas", "tenggat": "2026-08-07"}
        """, 201);
    String instance = created.get("kasus").asText();
    Task planning = scenario.task(instance);
    scenario.as("kabid-pip", () -> engine.getTaskService().complete(planning.getId(), Map.of("penyebab", "Satu petugas",
        "tindakan", "Bagi beban kerja petugas", "tenggat", "2026-08-07", "revisiSop", "Tidak")));
    clockAt("2026-08-10T09:00");
    detector.sweep();

    List<MaladministrationEvent> events = scenario.events(instance);
    assertThat(events).extracting(event -> event.rule().name() + "@" + event.activityId())
        .contains("STEP_OVERDUE@" + FollowUpCases.CARRYING_OUT);
    assertThat(candidates(scenario.task(instance))).as("escalated to the lane role's supervisor")
        .contains("kabid-pip", "kepala-dinas");
    assertThat(get("/api/tindak-lanjut?status=terbuka", "kepala-dinas").findValues("terlambat").stream()
        .anyMatch(JsonNode::asBoolean)).isTrue();
  }

  @Test
  void aRegisterFindingGetsAFollowUpWhoseActionStartsTheSopsRenewalLinkedBothWays() throws Exception {
    EngineScenario scenario = new EngineScenario(engine);
    EngineScenario.awaitTimingPreload();
    scenario.deploy("tl-lambat.bpmn", TestModels.sop("tl-lambat").processProperty("sop.tanggal-efektif", "2026-01-02")
        .lane("ppid-petugas", "Petugas").task("proses", "ppid-petugas").taskProperty("proses", "sop.waktu", "1 jam")
        .xml());
    for (String day : List.of("2026-03-10", "2026-03-11", "2026-09-08", "2026-09-09")) {
      clockAt(day + "T08:00");
      String run = engine.getRuntimeService().startProcessInstanceByKey("tl-lambat").getId();
      clockAt(day + "T11:00"); // 3 hours for a 1-hour step, in this period and the one before
      String task = scenario.task(run).getId();
      scenario.as("ppid-petugas", () -> engine.getTaskService().complete(task));
    }
    clockAt("2026-11-25T12:00");
    EngineScenario.awaitTimingFreshness();
    JsonNode finding = finding(get("/api/register?from=2026-06-01&to=2026-11-30", "admin:admin"), "tl-lambat");

    JsonNode created = post("admin:admin", json.writeValueAsString(Map.of("sumber", "TEMUAN", "jenis",
        finding.get("kind").asText(), "sop", "tl-lambat", "langkah", finding.get("activityId").asText(), "dari",
        "2026-06-01", "sampai", "2026-11-30", "bukti", finding.get("evidence").asText(), "tindakan",
        finding.get("tindakan").asText(), "penanggungJawab", "ppid")), 201);
    String id = created.get("id").asText();
    Task planning = scenario.task(created.get("kasus").asText());
    scenario.as("ppid", () -> engine.getTaskService().complete(planning.getId(), Map.of("penyebab",
        "Waktu standar 1 jam tidak cukup untuk memeriksa berkas", "tindakan", "Revisi waktu standar menjadi 3 jam",
        "tenggat", "2026-12-18", "revisiSop", "Ya")));

    JsonNode followUp = get("/api/tindak-lanjut/" + id, "admin:admin");
    String version = followUp.get("pembaruanSop").asText();
    assertThat(followUp.get("revisiSop").asBoolean()).isTrue();
    JsonNode draft = get("/api/versi/" + version, "admin:admin");
    assertThat(draft.get("sop").asText()).isEqualTo("tl-lambat");
    assertThat(draft.get("tindakLanjut").asText()).as("the renewal names its follow-up").isEqualTo(id);
    assertThat(draft.get("catatan").asText()).startsWith("Tindak lanjut: p90 3 jam");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("sek-pembaruan-sop")
        .variableValueEquals("versiId", version).count()).as("the renewal runs as its SOP").isOne();
    JsonNode again = finding(get("/api/register?from=2026-06-01&to=2026-11-30", "admin:admin"), "tl-lambat");
    assertThat(again.at("/tindakLanjut/0/id").asText()).as("the register shows it beside its finding").isEqualTo(id);
    assertThat(again.at("/tindakLanjut/0/status").asText()).isEqualTo("sedang dilaksanakan");

    clockAt("2026-12-02T09:00"); // the next period's monitoring and evaluasi forms: what was found, what is done
    String next = "?from=2026-12-01&to=2027-05-31";
    JsonNode monitoring = get("/api/sops/evaluation" + next, "admin:admin");
    JsonNode row = java.util.stream.StreamSupport.stream(monitoring.get("sops").spliterator(), false)
        .filter(sop -> sop.get("key").asText().equals("tl-lambat")).findFirst().orElseThrow();
    assertThat(row.at("/tindakLanjutSebelumnya/0").asText()).contains("Temuan: p90 3 jam",
        "Tindakan: Revisi waktu standar menjadi 3 jam", "sedang dilaksanakan", "efektivitas belum diperiksa");
    assertThat(new ApiClient(port).get("/api/sops/evaluation/penerapan" + next, "admin:admin", "text/html").body())
        .contains("Tindak lanjut periode sebelumnya", "Revisi waktu standar menjadi 3 jam");
    assertThat(new ApiClient(port).get("/api/sops/evaluation" + next, "admin:admin", "text/html").body())
        .contains("Tindak lanjut periode sebelumnya", "Revisi waktu standar menjadi 3 jam");

    // a monitoring row's follow-up is judged by the SOP's Penilaian and the criterion the runs measure
    FollowUp monitored = followUps.create(new FollowUps.Request(new FollowUp.Source(FollowUp.SourceKind.EVALUASI, "3",
        "tl-lambat", null, null, new FollowUp.Period(java.time.LocalDate.parse("2026-06-01"),
        java.time.LocalDate.parse("2026-12-01"))), "Tidak mudah dilaksanakan", "Latih petugas", "ppid", null), "admin");
    assertThat(followUps.effectiveness(monitored).indicators()).extracting(Indicators.Indicator::label,
            Indicators.Indicator::before)
        .contains(org.assertj.core.groups.Tuple.tuple("Penilaian monitoring SOP", "tidak berjalan dengan baik"),
            org.assertj.core.groups.Tuple.tuple("Kriteria evaluasi: Mudah dilaksanakan", "Tidak"));
  }

  @Test
  void aBadRequestIsNamedAndOnlyReadersOfTheFindingMakeOrReadFollowUps() throws Exception {
    clockAt("2026-08-03T09:00");
    assertThat(post("kepala-dinas", "{\"sumber\": \"RAPAT\"}", 400).toString()).contains("sumber");
    assertThat(post("kepala-dinas", """
        {"sumber": "TEMUAN", "sop": "tidak-ada", "dari": "2026-01-01", "sampai": "2026-06-30", "bukti": "x",
         "tindakan": "y"}""", 400).toString()).contains("sop: 'tidak-ada'");
    assertThat(post("kepala-dinas", """
        {"sumber": "SKM", "jenis": "u12", "layanan": "%s", "dari": "2026-01-01", "sampai": "2026-06-30",
         "bukti": "x", "tindakan": "y"}""".formatted(SERVICE), 400).toString()).contains("u1 ... u9");
    assertThat(post("kepala-dinas", """
        {"sumber": "TEMUAN", "sop": "pip-permohonan-informasi", "dari": "2026-01-01", "sampai": "2026-06-30",
         "bukti": "x", "tindakan": "y", "penanggungJawab": "opd-penghubung-lapor"}""", 400).toString())
        .contains("penanggungJawab");
    String finding = """
        {"sumber": "TEMUAN", "jenis": "SOP_TIDAK_DIJALANKAN", "sop": "tik-hosting-subdomain", "dari": "2026-01-01",
         "sampai": "2026-06-30", "bukti": "0 kasus", "tindakan": "Sosialisasi layanan hosting"}""";
    post("ppid-petugas", finding, 403);
    post("kabid-pip", finding, 403); // another bidang's SOP
    JsonNode created = post("kepala-dinas", finding, 201);
    String id = created.get("id").asText();
    assertThat(new ApiClient(port).get("/api/tindak-lanjut/" + id, "kabid-pip").statusCode()).isEqualTo(403);
    assertThat(get("/api/tindak-lanjut/" + id, created.get("penanggungJawab").asText()).get("id").asText())
        .isEqualTo(id);
    assertThat(get("/api/tindak-lanjut?sop=tik-hosting-subdomain", "kabid-pip").size()).isZero();
  }

  /** {@code count} questionnaires of the service answered today, every unsur 4 but waktu penyelesaian. */
  private void answer(int waktu, int count) {
    for (int i = 0; i < count; i++) {
      Map<String, String> fields = new HashMap<>();
      for (int unsur = 1; unsur <= 9; unsur++) {
        fields.put("u" + unsur, unsur == 3 ? Integer.toString(waktu) : "4");
      }
      responses.record(new SkmResponses.Served("kertas-" + answers++, "pip-permohonan-informasi", 1, SERVICE),
          SkmAnswer.read(fields, true), SkmResponses.Source.KERTAS, "admin");
    }
  }

  /** The register's finding that a step of the SOP was late two periods running. */
  private static JsonNode finding(JsonNode register, String sop) {
    for (JsonNode finding : register.get("findings")) {
      if (sop.equals(finding.path("sop").asText()) && "LAMBAT_DUA_PERIODE".equals(finding.get("kind").asText())) {
        return finding;
      }
    }
    throw new AssertionError("no LAMBAT_DUA_PERIODE on " + sop + " in " + register.get("findings"));
  }

  private List<String> candidates(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).toList();
  }

  private JsonNode post(String user, String body, int status) throws Exception {
    HttpResponse<String> response = new ApiClient(port).post("/api/tindak-lanjut", user, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return json.readTree(response.body());
  }

  private JsonNode get(String path, String user) throws Exception {
    HttpResponse<String> response = new ApiClient(port).get(path, user);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }
}
