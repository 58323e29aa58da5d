package org.sopflow.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sopflow.EngineScenario.clockAt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient.Part;
import org.sopflow.ApiClient;
import org.sopflow.EngineScenario;
import org.sopflow.TestModels;
import org.sopflow.calendar.CalendarKind;
import org.sopflow.calendar.StandardTime;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.engine.SopModels;
import org.sopflow.model.SopProperty;
import org.sopflow.signing.SignatureCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A revised SOP through its lifecycle, as an administrator drives it through {@code /api/versi}: the
 * draft is stored with what changed and receives no case; approved with an effective date of
 * tomorrow, it receives the cases from that day, the version before it none.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:sopflow-versions-test;DB_CLOSE_DELAY=-1",
        "sop.renewal.in-force-cron=-", // the test moves the clock and puts versions in force itself
        "sop.signing.pkcs12.path=target/test-signing/kepala-dinas.p12"})
@ActiveProfiles("demo")
class SopVersionsTest {

  private static final String ADMIN = "admin:admin";
  private static final String PPID = "pip-permohonan-informasi";
  private final ObjectMapper json = new ObjectMapper();
  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  SopVersions versions;
  @Autowired
  WorkingCalendar calendar;

  @AfterEach
  void resetClock() {
    EngineScenario.resetClock();
  }

  @Test
  void aRevisionIsADraftUntilApprovedAndTakesNewCasesFromItsEffectiveDate() throws Exception {
    clockAt("2026-12-07T10:00");
    ProcessDefinition before = latest(PPID);

    JsonNode draft = created(api().upload("/api/versi/draf", ADMIN,
        List.of(new Part("model", Revisions.PPID_FILE, Revisions.waktuAndPelaksanaChanged()))));
    assertThat(draft.get("status").asText()).isEqualTo("draf");
    assertThat(draft.get("perubahan")).extracting(change -> change.get("jenis").asText())
        .containsExactly("Waktu standar diubah", "Pelaksana diubah");
    String id = draft.get("id").asText();
    assertThat(startedOn(PPID)).as("a draft receives no case").isEqualTo(before.getId());

    String document = api().get("/api/versi/" + id + "/document", "ppid", "text/html").body();
    assertThat(document).as("what the verifier reads").contains("DRAF - belum disahkan")
        .contains("Riwayat revisi").contains("Waktu standar diubah: Waktu standar langkah")
        .contains("Pelaksana diubah: Pelaksana langkah");
    assertThat(api().getBytes("/api/versi/" + id + "/document.pdf", "ppid").body()).startsWith("%PDF".getBytes());
    JsonNode register = json.readTree(api().get("/api/register", ADMIN).body());
    assertThat(register.get("pembaruan")).as("the register lists SOPs in renewal")
        .anySatisfy(renewal -> assertThat(renewal.get("sop").asText() + " " + renewal.get("status").asText())
            .isEqualTo(PPID + " draf"));

    assertThat(post("/api/versi/" + id + "/ajukan", "{}").get("status").asText()).isEqualTo("diajukan");
    JsonNode approved = post("/api/versi/" + id + "/sahkan", "{\"nomor\": \"800/12/425.112/2026\","
        + " \"disahkanOleh\": \"Kepala Dinas Komunikasi dan Informatika\", \"tanggalEfektif\": \"2026-12-08\"}");
    assertThat(approved.get("status").asText()).isEqualTo("disahkan");
    assertThat(approved.get("revisi").asInt()).isZero();
    assertThat(startedOn(PPID)).as("before its effective date").isEqualTo(before.getId());
    assertThat(api().get("/api/versi/" + id + "/document", ADMIN, "text/html").body())
        .contains("DISAHKAN - berlaku mulai 2026-12-08").contains("800/12/425.112/2026").contains("8 Desember 2026");

    String running = engine.getRuntimeService().startProcessInstanceByKey(PPID, "REG-LAMA").getId();
    completeStep(running, "ppid-petugas"); // now at the check, whose standard the revision changes

    clockAt("2026-12-08T00:00");
    assertThat(versions.putInForceWhenDue()).isOne();
    assertThat(versions.putInForceWhenDue()).as("once").isZero();
    ProcessDefinition after = latest(PPID);
    assertThat(after.getId()).isNotEqualTo(before.getId());
    assertThat(startedOn(PPID)).isEqualTo(after.getId());
    JsonNode inForce = json.readTree(api().get("/api/versi/" + id, ADMIN).body());
    assertThat(inForce.get("status").asText()).isEqualTo("berlaku");
    assertThat(inForce.get("processDefinitionId").asText()).isEqualTo(after.getId());
    assertThat(after.getVersionTag()).isEqualTo("rev-0");
    var identity = SopModels.of(engine.getRepositoryService(), after.getId()).orElseThrow();
    assertThat(identity.identity(SopProperty.NOMOR)).as("from the approval").isEqualTo("800/12/425.112/2026");
    assertThat(identity.identity(SopProperty.TANGGAL_EFEKTIF)).isEqualTo("2026-12-08");
    assertThat(identity.identity(SopProperty.DISAHKAN_OLEH)).isEqualTo("Kepala Dinas Komunikasi dan Informatika");
    assertThat(identity.step("periksa-kelengkapan").orElseThrow().waktu().toString()).isEqualTo("2 hari kerja");
    assertThat(json.readTree(api().get("/api/sops/" + PPID + "/versi", "ppid").body()))
        .extracting(version -> version.get("status").asText()).containsExactly("berlaku");

    clockAt("2026-12-08T09:00");
    JsonNode preview = json.readTree(api().get("/api/versi/" + id + "/kasus", ADMIN).body());
    JsonNode old = java.util.stream.StreamSupport.stream(preview.spliterator(), false)
        .filter(found -> running.equals(found.get("processInstanceId").asText())).findFirst().orElseThrow();
    assertThat(old.get("langkahTerbuka").get(0).get("activityId").asText()).isEqualTo("periksa-kelengkapan");
    assertThat(old.get("dapatDipindah").asBoolean()).isTrue();
    assertThat(old.get("nomorRegister").asText()).isEqualTo("REG-LAMA");
    assertThat(api().post("/api/versi/" + id + "/kasus/pindah", ADMIN, "{\"processInstanceIds\": [\"" + running
        + "\"]}").statusCode()).isEqualTo(200);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(running).singleResult()
        .getProcessDefinitionId()).isEqualTo(after.getId());
    Task check = engine.getTaskService().createTaskQuery().processInstanceId(running).singleResult();
    assertThat(check.getDueDate().toInstant()).as("the deadline from the new standard")
        .isEqualTo(calendar.plus(check.getCreateTime().toInstant(), StandardTime.parse("2 hari kerja"),
            CalendarKind.HARI_KERJA));
    assertThat(engine.getTaskService().getProcessInstanceComments(running))
        .anySatisfy(comment -> assertThat(comment.getFullMessage()).contains("dipindahkan ke SOP " + PPID + " rev-0"));
    assertThat(api().get("/api/maladministration?processInstanceId=" + running, ADMIN).body())
        .as("a move by renewal is no maladministration").doesNotContain("STEP_SKIPPED").doesNotContain("DUE_DATE");
  }

  /**
   * A revision adds a step before "periksa" and drops "arsipkan": a case at "periksa" moves without
   * the new step counting as skipped; a case at "arsipkan" cannot move, and asking says why.
   */
  @Test
  void aCaseMovesWhenEachOpenStepMapsAndANewEarlierStepIsNoDeviation() throws Exception {
    clockAt("2026-12-07T10:00");
    String first = inForce(TestModels.sop("sop-pindah").lane("ppid-petugas", "Petugas").task("terima", "ppid-petugas")
        .task("periksa", "ppid-petugas").task("arsipkan", "ppid-petugas").xml());
    String atCheck = engine.getRuntimeService().startProcessInstanceByKey("sop-pindah").getId();
    completeSteps(atCheck, 1);
    String atArchive = engine.getRuntimeService().startProcessInstanceByKey("sop-pindah").getId();
    completeSteps(atArchive, 2);
    String second = inForce(TestModels.sop("sop-pindah").lane("ppid-petugas", "Petugas").task("terima", "ppid-petugas")
        .task("pindai", "ppid-petugas").task("periksa", "ppid-petugas").xml());
    assertThat(versions.find(first).orElseThrow().state()).isEqualTo(VersionState.DIGANTIKAN);

    HttpResponse<String> refused = api().post("/api/versi/" + second + "/kasus/pindah", ADMIN,
        "{\"processInstanceIds\": [\"" + atCheck + "\", \"" + atArchive + "\"]}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains(atArchive).contains("'arsipkan'").contains("tidak ada pada versi baru");
    assertThat(post("/api/versi/" + second + "/kasus/pindah", "{\"processInstanceIds\": [\"" + atCheck + "\"]}")
        .get("dipindahkan").get(0).asText()).isEqualTo(atCheck);
    assertThat(api().get("/api/maladministration?processInstanceId=" + atCheck, ADMIN).body())
        .doesNotContain("STEP_SKIPPED");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(atArchive).singleResult()
        .getTaskDefinitionKey()).as("stays where it is").isEqualTo("arsipkan");
  }

  /**
   * The approved document is signed; its QR code leads to the public page, which says whether the
   * version is in force, and tells the document as approved from a copy one byte changed.
   */
  @Test
  void theApprovedDocumentIsSignedAndItsPublicPageSaysWhetherItIsStillInForce() throws Exception {
    clockAt("2026-12-07T10:00");
    String first = inForce(TestModels.sop("sop-ttd").lane("ppid-petugas", "Petugas").task("terima", "ppid-petugas")
        .xml());
    byte[] signed = api().getBytes("/api/versi/" + first + "/document.pdf", ADMIN).body();
    SignatureCheck.Result check = SignatureCheck.check(signed);
    assertThat(check.intact()).as(check.problem()).isTrue();
    assertThat(check.signer()).contains("Kepala Dinas (demo SOP Flow)");
    String text;
    try (PDDocument document = Loader.loadPDF(signed)) {
      text = new PDFTextStripper().getText(document);
    }
    assertThat(text.replaceAll("\\s+", " ")).contains("/sop/verifikasi/" + first).contains("Nomor SOP")
        .doesNotContain("DISAHKAN - berlaku");
    HttpResponse<String> page = api().get("/sop/verifikasi/" + first, null, "text/html");
    assertThat(page.statusCode()).as("public, no login").isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
    assertThat(page.body()).contains("sop-ttd").contains("Berlaku sejak 7 Desember 2026")
        .contains(SignatureCheck.sha256(signed)).doesNotContain("<script");

    String second = inForce(TestModels.sop("sop-ttd").lane("ppid-petugas", "Petugas").task("terima", "ppid-petugas")
        .task("arsipkan", "ppid-petugas").xml());
    assertThat(api().get("/sop/verifikasi/" + first, null, "text/html").body())
        .contains("Digantikan: tidak berlaku lagi sejak 7 Desember 2026");
    assertThat(api().get("/sop/verifikasi/" + second, null, "text/html").body()).contains("Berlaku sejak");

    assertThat(checked(first, signed)).contains("sama persis dengan dokumen yang disahkan")
        .contains("tanda tangan elektroniknya utuh");
    byte[] changed = signed.clone();
    int nomor = new String(signed, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/MediaBox");
    changed[nomor + 1] = 'm';
    assertThat(checked(first, changed)).contains("BUKAN dokumen yang disahkan");
    assertThat(checked(second, signed)).as("the other version's document")
        .contains("bukan dokumen yang disahkan untuk versi ini");
    String draft = created(api().upload("/api/versi/draf", ADMIN, List.of(new Part("model", "sop-ttd.bpmn",
        TestModels.sop("sop-ttd").lane("ppid-petugas", "Petugas").task("terima", "ppid-petugas").xml())))).get("id")
        .asText();
    assertThat(api().get("/sop/verifikasi/" + draft, null, "text/html").statusCode()).as("a draft has no page")
        .isEqualTo(404);
  }

  private String checked(String id, byte[] copy) {
    HttpResponse<String> result = api().upload("/sop/verifikasi/" + id, null,
        List.of(new Part("berkas", "salinan.pdf", copy)));
    assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
    return result.body();
  }

  /**
   * The renewal runs as an SOP: a draft starts a case of Penyusunan dan Pembaruan SOP, whose steps in
   * the drafting team's, the verifier's and the head's lanes submit, return and approve it.
   */
  @Test
  void aDraftMovesThroughTheRenewalSopsStepsFromDraftingToApproval() throws Exception {
    clockAt("2026-12-07T10:00");
    inForce(TestModels.sop("sop-kasus").lane("ppid-petugas", "Petugas").task("terima", "ppid-petugas").xml());
    String id = created(api().upload("/api/versi/draf", ADMIN, List.of(new Part("model", "sop-kasus.bpmn",
        TestModels.sop("sop-kasus").lane("ppid-petugas", "Petugas").task("terima", "ppid-petugas")
            .task("arsipkan", "ppid-petugas").xml())))).get("id").asText();
    String renewal = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("sek-pembaruan-sop")
        .variableValueEquals("versiId", id).singleResult().getId();

    Task drafting = task(renewal, "penyusunan-draf-sop");
    assertThat(engine.getTaskService().getIdentityLinksForTask(drafting.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("penyusun-sop"));
    complete(drafting, "penyusun-sop", java.util.Map.of());
    assertThat(versions.find(id).orElseThrow().state()).isEqualTo(VersionState.DIAJUKAN);

    Task verification = task(renewal, "verifikasi-draf-sop");
    assertThat((String) engine.getTaskService().getVariable(verification.getId(), "perubahan"))
        .as("what the verifier's form shows").contains("Langkah baru").contains("arsipkan");
    complete(verification, "verifikator-sop", java.util.Map.of("verifikasiSesuai", "Tidak",
        "catatanVerifikasi", "Waktu standar langkah arsip belum ada sumbernya"));
    assertThat(versions.find(id).orElseThrow().state()).isEqualTo(VersionState.DRAF);
    assertThat(versions.find(id).orElseThrow().note()).isEqualTo("Waktu standar langkah arsip belum ada sumbernya");

    complete(task(renewal, "penyusunan-draf-sop"), "penyusun-sop", java.util.Map.of());
    complete(task(renewal, "verifikasi-draf-sop"), "verifikator-sop", java.util.Map.of("verifikasiSesuai", "Ya"));
    Task approval = task(renewal, "pengesahan-sop");
    assertThatThrownBy(() -> complete(approval, "kepala-dinas", java.util.Map.of("disahkan", "Ya")))
        .hasMessageContaining("Nomor SOP wajib diisi");
    complete(approval, "kepala-dinas", java.util.Map.of("disahkan", "Ya", "nomorSop", "800/3/2026",
        "tanggalEfektif", "2026-12-07", "disahkanOleh", "Kepala Dinas Komunikasi dan Informatika"));
    SopVersion approved = versions.find(id).orElseThrow();
    assertThat(approved.state()).as("effective today: in force once the step is done").isEqualTo(VersionState.BERLAKU);
    assertThat(approved.approvedBy()).isEqualTo("kepala-dinas");
    assertThat(SignatureCheck.check(api().getBytes("/api/versi/" + id + "/document.pdf", ADMIN).body()).intact())
        .isTrue();
    assertThat(task(renewal, "sosialisasi-sop")).isNotNull();
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("sek-pembaruan-sop"))
        .as("a renewal begins with a draft").hasMessageContaining("dimulai dari sebuah draf");
  }

  private Task task(String instance, String activityId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(activityId)
        .singleResult();
  }

  private void complete(Task task, String user, java.util.Map<String, Object> variables) {
    new EngineScenario(engine).as(user, () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getTaskService().complete(task.getId(), variables);
    });
  }

  @Test
  void aRegisterFindingStartsTheRenewalOfItsSop() throws Exception {
    JsonNode register = json.readTree(api().get("/api/register", ADMIN).body());
    JsonNode finding = java.util.stream.StreamSupport.stream(register.get("findings").spliterator(), false)
        .filter(found -> !found.get("sop").isNull()).findFirst().orElseThrow();
    String sop = finding.get("sop").asText();
    assertThat(finding.get("mulaiPembaruan").asText()).isEqualTo("/api/sops/" + sop + "/pembaruan");

    HttpResponse<String> started = api().post(finding.get("mulaiPembaruan").asText(), ADMIN,
        "{\"alasan\": \"" + finding.get("label").asText() + "\"}");
    JsonNode draft = created(started);
    assertThat(draft.get("sop").asText()).isEqualTo(sop);
    assertThat(draft.get("status").asText()).isEqualTo("draf");
    assertThat(draft.get("perubahan")).as("the version in force as it stands").isEmpty();
    assertThat(draft.get("catatan").asText()).isEqualTo(finding.get("label").asText());
    assertThat(api().post("/api/sops/tidak-ada/pembaruan", ADMIN, "{}").statusCode()).isEqualTo(400);
  }

  /** Drafts, submits and approves a model, in force today; returns the version's id. */
  private String inForce(String model) throws Exception {
    String id = created(api().upload("/api/versi/draf", ADMIN, List.of(new Part("model", "sop-pindah.bpmn", model))))
        .get("id").asText();
    post("/api/versi/" + id + "/ajukan", "{}");
    post("/api/versi/" + id + "/sahkan", "{\"nomor\": \"2\", \"disahkanOleh\": \"Kepala\", \"tanggalEfektif\":"
        + " \"2026-12-07\"}");
    return id;
  }

  private void completeSteps(String instance, int steps) {
    for (int i = 0; i < steps; i++) {
      completeStep(instance, "ppid-petugas");
    }
  }

  private void completeStep(String instance, String user) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    new EngineScenario(engine).as(user, () -> {
      engine.getTaskService().claim(task.getId(), user);
      engine.getTaskService().complete(task.getId(), java.util.Map.of("namaPemohon", "Warga", "nomorIdentitas",
          "3574010101900002", "rincianInformasi", "Data menara telekomunikasi"));
    });
  }

  @Test
  void aDraftTheEngineWouldRefuseIsRefusedNamingFileAndLaneAndNothingIsStored() throws Exception {
    String broken = TestModels.sop("sop-rusak").lane("peran-fiktif", "Peran fiktif").task("catat", "peran-fiktif").xml();
    HttpResponse<String> refused = api().upload("/api/versi/draf", ADMIN,
        List.of(new Part("model", "uji/sop-rusak.bpmn", broken)));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("uji/sop-rusak.bpmn").contains("peran-fiktif");
    assertThat(versions.ofSop("sop-rusak")).isEmpty();
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("sop-rusak").count())
        .isZero();
  }

  @Test
  void onlyAnAdministratorMovesAVersionAndAWithdrawnSopTakesNoNewCase() throws Exception {
    clockAt("2026-12-07T10:00");
    String model = TestModels.sop("sop-cabut").lane("ppid-petugas", "Petugas").task("catat", "ppid-petugas").xml();
    assertThat(api().upload("/api/versi/draf", "ppid", List.of(new Part("model", "sop-cabut.bpmn", model)))
        .statusCode()).isEqualTo(403);
    String id = created(api().upload("/api/versi/draf", ADMIN, List.of(new Part("model", "sop-cabut.bpmn", model))))
        .get("id").asText();
    assertThat(api().post("/api/versi/" + id + "/sahkan", ADMIN, "{\"nomor\": \"1\", \"disahkanOleh\": \"Kepala\","
        + " \"tanggalEfektif\": \"2026-12-07\"}").body()).as("not yet submitted").contains("not diajukan");
    post("/api/versi/" + id + "/ajukan", "{}");
    assertThat(post("/api/versi/" + id + "/sahkan", "{\"nomor\": \"1\", \"disahkanOleh\": \"Kepala\","
        + " \"tanggalEfektif\": \"2026-12-07\"}").get("status").asText()).as("in force the same day").isEqualTo("berlaku");
    engine.getRuntimeService().startProcessInstanceByKey("sop-cabut");

    assertThat(post("/api/versi/" + id + "/cabut", "{\"alasan\": \"Kegiatan tidak lagi dilaksanakan\"}")
        .get("status").asText()).isEqualTo("dicabut");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("sop-cabut"))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("suspended");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("sop-cabut").count())
        .as("a running case finishes").isOne();
    assertThat(api().get("/api/versi/tidak-ada", ADMIN).statusCode()).isEqualTo(404);
  }

  private String startedOn(String key) {
    return engine.getRuntimeService().startProcessInstanceByKey(key).getProcessDefinitionId();
  }

  private ProcessDefinition latest(String key) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult();
  }

  private JsonNode created(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body());
  }

  private JsonNode post(String path, String body) throws Exception {
    HttpResponse<String> response = api().post(path, ADMIN, body);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private ApiClient api() {
    return new ApiClient(port);
  }
}
