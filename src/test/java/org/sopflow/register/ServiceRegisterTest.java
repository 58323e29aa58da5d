package org.sopflow.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sopflow.EngineScenario.clockAt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sopflow.ApiClient;
import org.sopflow.EngineScenario;
import org.sopflow.TestModels;
import org.sopflow.model.StandarPelayanan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service register over a processes folder made for it, with runs in this period (June to
 * November 2026) and the one before: each kind of finding has its scenario, and "reg-tertib", run on
 * time by its own role, has none.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-register-test;DB_CLOSE_DELAY=-1",
    "sop.deadlines.detection-interval=PT1H", "sop.register.min-runs=3"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceRegisterTest {

  private static final String PERIOD = "?from=2026-06-01&to=2026-11-30";
  private final ObjectMapper json = new ObjectMapper();
  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  private EngineScenario scenario;

  @DynamicPropertySource
  static void location(DynamicPropertyRegistry registry) {
    registry.add("sop.processes.location", () -> FOLDER.toUri().toString());
    // the folder is one OPD's, the office's: no city folder of OPDs
    registry.add("sop.processes.opds", () -> "");
    registry.add("sop.processes.tenant", () -> "diskominfo");
  }

  @BeforeAll
  void runTheSops() {
    scenario = new EngineScenario(engine);
    EngineScenario.awaitTimingPreload();
    engine.getIdentityService().deleteMembership("tik-sandiman", "tik-sandiman"); // the only sandiman left
    for (String day : List.of("2026-03-10", "2026-03-11", "2026-09-08", "2026-09-09")) {
      run("reg-lambat", day + "T08:00", day + "T11:00", "ppid-petugas"); // 3 hours for a 1-hour step
    }
    run("reg-lambat", "2026-09-10T08:00", "2026-09-10T11:00", "admin"); // outside the lane: 1 of 5 = 20 %
    for (String day : List.of("2026-10-05", "2026-10-06", "2026-10-07")) {
      run("reg-tertib", day + "T08:00", day + "T08:10", "ppid-petugas");
      String cabang = run("reg-cabang", day + "T08:00", day + "T08:30", "ppid-petugas");
      complete(cabang, day + "T09:00", "ppid-petugas");
    }
    clockAt("2026-10-08T08:00");
    String skipped = engine.getRuntimeService().startProcessInstanceByKey("reg-cabang").getId();
    scenario.as("admin", () -> engine.getRuntimeService().createProcessInstanceModification(skipped)
        .cancelAllForActivity("terima").startBeforeActivity("proses").execute());
    complete(skipped, "2026-10-08T09:00", "ppid-petugas");
    clockAt("2026-11-25T12:00");
    EngineScenario.awaitTimingFreshness();
  }

  @AfterAll
  void resetClock() {
    EngineScenario.resetClock();
  }

  @Test
  void eachKindOfFindingComesFromItsScenarioAndTheCleanSopHasNone() throws Exception {
    JsonNode register = get("/api/register" + PERIOD);
    Map<String, List<String>> found = new java.util.TreeMap<>();
    register.get("findings").forEach(finding -> found.computeIfAbsent(finding.get("kind").asText(), k -> new ArrayList<>())
        .add(finding.path("sop").asText(finding.path("service").asText()) + "/" + finding.path("activityId").asText("")
            + "/" + finding.path("role").asText("")));

    assertThat(found).containsOnlyKeys(List.of(FindingKind.values()).stream().map(Enum::name).toList());
    assertThat(found.get("SP_TANPA_SOP")).containsExactly("Layanan tanpa SOP//");
    assertThat(found.get("MASA_TINJAU_LEWAT")).containsExactlyInAnyOrder("reg-lama//", "reg-arsip//");
    assertThat(found.get("PERAN_TANPA_PELAKSANA")).containsExactly("reg-lama//tik-sandiman");
    assertThat(found.get("DI_LUAR_PERAN")).containsExactly("reg-lambat/proses/ppid-petugas");
    assertThat(found.get("LAMBAT_DUA_PERIODE")).containsExactly("reg-lambat/proses/ppid-petugas");
    assertThat(found.get("LANGKAH_DILEWATI")).containsExactly("reg-cabang/terima/ppid-petugas");
    assertThat(found.get("LANGKAH_TIDAK_DICAPAI")).containsExactly("reg-cabang/tolak/ppid-petugas");
    assertThat(found.get("SOP_TIDAK_DIJALANKAN")).containsExactly("reg-lama//");
    assertThat(found.values().stream().flatMap(List::stream)).noneMatch(finding -> finding.startsWith("reg-tertib/"));
  }

  @Test
  void eachFindingNamesItsEvidenceAndAction() throws Exception {
    JsonNode register = get("/api/register" + PERIOD);

    assertThat(finding(register, "LAMBAT_DUA_PERIODE").get("evidence").asText()).isEqualTo("p90 3 jam pada periode"
        + " 1 Juni 2026 – 30 November 2026 dan 3 jam pada periode 30 November 2025 – 31 Mei 2026, melebihi waktu standar 1 jam");
    assertThat(finding(register, "LAMBAT_DUA_PERIODE").get("tindakan").asText()).isEqualTo("perbarui waktu standar");
    assertThat(finding(register, "DI_LUAR_PERAN").get("evidence").asText())
        .startsWith("1 dari 3 kali (33 %) diselesaikan atau dialihkan ke luar peran 'ppid-petugas'");
    assertThat(finding(register, "DI_LUAR_PERAN").get("tindakan").asText()).isEqualTo("perbarui pelaksana");
    assertThat(finding(register, "LANGKAH_TIDAK_DICAPAI").get("evidence").asText())
        .isEqualTo("Tidak pernah dicapai dalam 4 layanan yang dimulai pada periode 1 Juni 2026 – 30 November 2026");
    assertThat(finding(register, "PERAN_TANPA_PELAKSANA").get("aspek").asText()).isEqualTo("pelaksana");
    assertThat(finding(register, "SP_TANPA_SOP").get("tindakan").asText()).isEqualTo("susun SOP");
    assertThat(finding(register, "KALENDER_TANPA_LIBUR").get("evidence").asText())
        .as("deadlines reach a year ahead, into 2027, which has no holiday file")
        .startsWith("Belum ada daftar hari libur untuk tahun 2027");
    assertThat(register.get("findings").toString()).contains("Terakhir disahkan atau direvisi 2 Oktober 2023;"
        + " peninjauan jatuh tempo 2 Oktober 2024 (masa tinjau P1Y)");
  }

  @Test
  void everyServiceListsItsSopsAndTheShareOfRunsWithinItsJangkaWaktu() throws Exception {
    JsonNode register = get("/api/register" + PERIOD);

    JsonNode tertib = service(register, "layanan-tertib");
    assertThat(tertib.get("jangkaWaktu").asText()).isEqualTo("1 jam");
    assertThat(tertib.get("completed").asLong()).isEqualTo(3);
    assertThat(tertib.get("withinShare").asDouble()).isEqualTo(1.0);
    JsonNode lambat = service(register, "layanan-lambat");
    assertThat(lambat.get("completed").asLong()).isEqualTo(3);
    assertThat(lambat.get("withinJangkaWaktu").asLong()).isZero();
    assertThat(service(register, "layanan-arsip").get("sops")).singleElement().satisfies(sop -> {
      assertThat(sop.get("executable").asBoolean()).isFalse();
      assertThat(sop.get("nomor").asText()).isEqualTo("800/01/425.116/2023");
    });
    assertThat(register.get("sops")).extracting(sop -> sop.get("key").asText())
        .containsExactly("reg-cabang", "reg-lama", "reg-lambat", "reg-tertib", "reg-arsip");
    assertThat(register.get("unreadableFiles").toString()).contains("standar-pelayanan/rusak.yaml: not valid YAML");
  }

  @Test
  void theTrendCountsEachMonthsStepsAgainstTheirStandard() throws Exception {
    JsonNode lambat = sop(get("/api/register" + PERIOD), "reg-lambat").get("trend");

    assertThat(lambat).hasSize(12);
    assertThat(lambat.get(0).get("month").asText()).isEqualTo("2025-12");
    JsonNode september = lambat.get(9);
    assertThat(september.get("month").asText()).isEqualTo("2026-09");
    assertThat(september.get("completed").asLong()).isEqualTo(3);
    assertThat(september.get("onTimeRate").asDouble()).isZero();
    assertThat(september.get("medianOfStandard").asDouble()).isEqualTo(3.0);
    assertThat(lambat.get(10).get("completed").asLong()).isZero();

    HttpResponse<String> svg = new ApiClient(port).get("/api/timing/reg-lambat/trend.svg", "admin:admin", "image/svg+xml");
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
    assertThat(svg.body()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("data-month=\"2026-09\"", "Sep 26");
    assertThat(new ApiClient(port).get("/api/timing/reg-lambat/trend?months=0", "admin:admin").body())
        .contains("months 0 is out of range");
  }

  @Test
  void theRegisterPrintsAsHtmlAndPdfWithItsCharts() throws Exception {
    HttpResponse<String> html = new ApiClient(port).get("/api/register" + PERIOD, "admin:admin", "text/html");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body()).contains("REGISTER STANDAR PELAYANAN DAN STANDAR OPERASIONAL PROSEDUR",
        "Periode 1 Juni 2026 sampai 30 November 2026", "data-kind=\"LAMBAT_DUA_PERIODE\"", "<b>belum ada SOP</b>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"", "Berkas yang tidak terbaca",
        "5 dari 36 SOP yang ditetapkan tercatat di sini");
    assertThat(get("/api/register" + PERIOD).get("sopDitetapkan").asInt()).as("opd.yaml: sop-ditetapkan")
        .isEqualTo(36);
    assertThat(json.readTree(new ApiClient(port).get("/api/register" + PERIOD, "ppid").body()).get("sopDitetapkan")
        .isNull()).as("a reader of part of the office counts no whole").isTrue();
    assertThat(html.body()).as("nothing loaded from outside").doesNotContain("<script", "src=\"", "href=\"", "url(");

    HttpResponse<byte[]> pdf = new ApiClient(port).getBytes("/api/register.pdf" + PERIOD, "admin:admin");
    assertThat(pdf.statusCode()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("REGISTER STANDAR PELAYANAN", "Layanan tanpa SOP", "perbarui waktu standar",
          "Langkah tidak pernah dicapai", "Tren 12 bulan");
      // the charts are drawn as vector graphics: their bars and median line show on the last pages
      BufferedImage last = new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1, 40);
      assertThat(colours(last)).contains(0x74c69d, 0x9b2226);
    }
  }

  @Test
  void staffAreRefusedAndABadPeriodIsNamed() {
    ApiClient api = new ApiClient(port);
    assertThat(api.get("/api/register", "ppid-petugas").statusCode()).isEqualTo(403);
    assertThat(api.getBytes("/api/register.pdf", "ppid-petugas").statusCode()).isEqualTo(403);
    HttpResponse<String> bad = api.get("/api/register?to=kemarin", "ppid");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("to 'kemarin'");
    assertThat(api.get("/api/register?from=2026-12-01&to=2026-06-01", "ppid").body()).contains("must be before");
  }

  private static java.util.Set<Integer> colours(BufferedImage image) {
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        colours.add(image.getRGB(x, y) & 0xffffff);
      }
    }
    return colours;
  }

  private String run(String key, String start, String end, String user) {
    clockAt(start);
    String instance = engine.getRuntimeService().startProcessInstanceByKey(key).getId();
    complete(instance, end, user);
    return instance;
  }

  private void complete(String instance, String at, String user) {
    clockAt(at);
    String task = scenario.task(instance).getId();
    scenario.as(user, () -> engine.getTaskService().complete(task));
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> response = new ApiClient(port).get(path, "admin:admin");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static JsonNode finding(JsonNode register, String kind) {
    for (JsonNode finding : register.get("findings")) {
      if (finding.get("kind").asText().equals(kind)) {
        return finding;
      }
    }
    throw new AssertionError("no finding " + kind);
  }

  private static JsonNode service(JsonNode register, String key) {
    return find(register.get("services"), key);
  }

  private static JsonNode sop(JsonNode register, String key) {
    return find(register.get("sops"), key);
  }

  private static JsonNode find(JsonNode list, String key) {
    for (JsonNode entry : list) {
      if (entry.get("key").asText().equals(key)) {
        return entry;
      }
    }
    throw new AssertionError("no " + key + " in " + list);
  }

  private static Path folder() {
    try {
      Path folder = Files.createTempDirectory("sopflow-register-");
      Files.copy(Path.of("processes/diskominfo/roles.yaml"), folder.resolve("roles.yaml"));
      Files.writeString(folder.resolve("opd.yaml"), "nama: Dinas Komunikasi dan Informatika\nsop-ditetapkan: 36\n");
      Files.writeString(folder.resolve("reg-tertib.bpmn"), sop("reg-tertib", "2026-07-01", "ppid-petugas")
          .task("proses", "ppid-petugas").taskProperty("proses", "sop.waktu", "1 jam").xml());
      Files.writeString(folder.resolve("reg-lambat.bpmn"), sop("reg-lambat", "2026-07-01", "ppid-petugas")
          .task("proses", "ppid-petugas").taskProperty("proses", "sop.waktu", "1 jam").xml());
      Files.writeString(folder.resolve("reg-lama.bpmn"), sop("reg-lama", "2023-01-02", "tik-sandiman")
          .processProperty("sop.tanggal-revisi", "2024-05-02").task("sandi", "tik-sandiman").xml());
      Files.writeString(folder.resolve("reg-cabang.bpmn"), CABANG);
      Path standards = Files.createDirectories(folder.resolve(StandarPelayanan.FOLDER));
      Files.writeString(standards.resolve("layanan-tertib.yaml"), standard("Layanan tertib", "[reg-tertib]", "1 jam"));
      Files.writeString(standards.resolve("layanan-lambat.yaml"), standard("Layanan lambat", "[reg-lambat]", "2 jam"));
      Files.writeString(standards.resolve("layanan-cabang.yaml"), standard("Layanan cabang", "[reg-cabang, reg-lama]",
          "tidak dipublikasikan"));
      Files.writeString(standards.resolve("layanan-arsip.yaml"), standard("Layanan arsip", "[reg-arsip]", "3 hari kerja"));
      Files.writeString(standards.resolve("layanan-tanpa-sop.yaml"), standard("Layanan tanpa SOP", "[]", "5 hari kerja"));
      Files.writeString(standards.resolve("rusak.yaml"), "nama: [tidak ditutup\n");
      Files.writeString(folder.resolve("sop-dokumen.yaml"), """
          dokumen:
            - {key: reg-arsip, nomor: "800/01/425.116/2023", nama: Pengelolaan Arsip, bidang: Sekretariat,
               tanggal-efektif: 2023-10-02, tanggal-revisi: "-"}
          """);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TestModels sop(String key, String effective, String role) {
    return TestModels.sop(key).processProperty("sop.tanggal-efektif", effective).lane(role, role);
  }

  private static String standard(String nama, String sops, String jangkaWaktu) {
    return "nama: " + nama + "\nsop: " + sops + "\njangka-waktu: " + jangkaWaktu + "\n"
        + StandarPelayanan.COMPONENTS.stream().filter(name -> !name.equals("jangka-waktu"))
        .map(name -> name + ": tidak dipublikasikan\n").collect(Collectors.joining());
  }

  /** Receive, then a decision whose "tidak" branch no run takes. */
  private static final String CABANG = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs-cabang" targetNamespace="https://sopflow.org/test">
        <bpmn:collaboration id="collab-cabang"><bpmn:participant id="p-cabang" processRef="reg-cabang" /></bpmn:collaboration>
        <bpmn:process id="reg-cabang" name="SOP uji reg-cabang" isExecutable="true" camunda:historyTimeToLive="30">
          <bpmn:extensionElements><camunda:properties>
            <camunda:property name="sop.tanggal-efektif" value="2026-07-01" />
          </camunda:properties></bpmn:extensionElements>
          <bpmn:laneSet id="lanes-cabang"><bpmn:lane id="ppid-petugas" name="Petugas">
            <bpmn:flowNodeRef>start</bpmn:flowNodeRef><bpmn:flowNodeRef>terima</bpmn:flowNodeRef>
            <bpmn:flowNodeRef>lengkap</bpmn:flowNodeRef><bpmn:flowNodeRef>proses</bpmn:flowNodeRef>
            <bpmn:flowNodeRef>tolak</bpmn:flowNodeRef><bpmn:flowNodeRef>gabung</bpmn:flowNodeRef>
            <bpmn:flowNodeRef>end</bpmn:flowNodeRef>
          </bpmn:lane></bpmn:laneSet>
          <bpmn:startEvent id="start" />
          <bpmn:userTask id="terima" name="Terima berkas">%1$s</bpmn:userTask>
          <bpmn:exclusiveGateway id="lengkap" name="Berkas lengkap?" default="f-ya" />
          <bpmn:userTask id="proses" name="Proses permohonan">%1$s</bpmn:userTask>
          <bpmn:userTask id="tolak" name="Tolak permohonan">%1$s</bpmn:userTask>
          <bpmn:exclusiveGateway id="gabung" />
          <bpmn:endEvent id="end" />
          <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="terima" />
          <bpmn:sequenceFlow id="f2" sourceRef="terima" targetRef="lengkap" />
          <bpmn:sequenceFlow id="f-ya" name="Ya" sourceRef="lengkap" targetRef="proses" />
          <bpmn:sequenceFlow id="f-tidak" name="Tidak" sourceRef="lengkap" targetRef="tolak">
            <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${false}</bpmn:conditionExpression>
          </bpmn:sequenceFlow>
          <bpmn:sequenceFlow id="f3" sourceRef="proses" targetRef="gabung" />
          <bpmn:sequenceFlow id="f4" sourceRef="tolak" targetRef="gabung" />
          <bpmn:sequenceFlow id="f5" sourceRef="gabung" targetRef="end" />
        </bpmn:process>
      </bpmn:definitions>
      """.formatted("<bpmn:extensionElements><camunda:properties><camunda:property name=\"sop.waktu\" value=\"1 hari kerja\" />"
      + "</camunda:properties></bpmn:extensionElements>");

  /** After the model text it is written from. */
  private static final Path FOLDER = folder();
}
