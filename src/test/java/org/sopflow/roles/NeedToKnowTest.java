package org.sopflow.roles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.sopflow.EngineScenario;
import org.sopflow.TestModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Need to know, as a PPID Pembantu meets it through the engine REST API: nothing of an information
 * request before one of its steps is offered to it, the case from then on; the roles above it
 * likewise (also the running case; one further up once a step is escalated to it), and a role of
 * another SOP never.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:sopflow-need-to-know-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class NeedToKnowTest {

  private static final String SOP = "pip-permohonan-informasi";
  private final ObjectMapper json = new ObjectMapper();
  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  CaseReaderRows caseReaderRows;
  @Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void aRoleReadsACaseOnlyOnceOneOfItsStepsIsOfferedToIt() throws Exception {
    EngineScenario scenario = new EngineScenario(engine);
    String instance = engine.getRuntimeService().startProcessInstanceByKey(SOP).getId();
    complete(scenario, instance, "ppid-petugas", Map.of("namaPemohon", "Siti Aminah",
        "nomorIdentitas", "3574010101900001", "rincianInformasi", "Anggaran internet kelurahan 2026"));

    assertThat(historicInstances(instance, "ppid-pembantu")).isZero();
    assertThat(variables(instance, "ppid-pembantu")).isEmpty();
    assertThat(historicInstances(instance, "ppid")).isOne();
    assertThat(historicInstances(instance, "atasan-ppid")).as("the PPID's supervisor").isOne();
    assertThat(api().get("/engine-rest/process-instance/" + instance, "atasan-ppid").statusCode())
        .as("a supervisor follows the running case in Cockpit").isEqualTo(200);
    assertThat(api().get("/engine-rest/process-instance/" + instance, "kepala-dinas").statusCode())
        .as("the head of the office, in no lane of the SOP nor above one").isEqualTo(404);
    assertThat(historicInstances(instance, "kepala-dinas")).isZero();

    complete(scenario, instance, "ppid", Map.of("hasilPemeriksaan", "lengkap"));

    assertThat(historicInstances(instance, "ppid-pembantu")).isOne();
    assertThat(variables(instance, "ppid-pembantu")).contains("rincianInformasi");
    assertThat(read("/engine-rest/history/task?processInstanceId=" + instance, "ppid-pembantu"))
        .as("the case's steps, by the grant on the case").hasSize(3);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK)
        .groupIdIn("ppid-petugas", "ppid", "ppid-pembantu", "atasan-ppid").count())
        .as("no grant per historic task besides").isZero();
    assertThat(historicInstances(instance, "kabid-tik")).as("a role of other SOPs").isZero();
    assertThat(historicInstances(instance, "pip-admin-lapor")).as("a role of another PIP SOP").isZero();
    assertThat(api().get("/engine-rest/process-instance/" + instance, "ppid-pembantu").statusCode())
        .as("the running case's variables are the task's, in Tasklist").isEqualTo(404);
  }

  /**
   * The SOP declares namaPemohon, nomorIdentitas, alamatPemohon, kontakPemohon and penerimaInformasi
   * personal (sop.data-pribadi): the registration form shows them all (ppid-petugas), the PPID's
   * forms the name only, the PPID Pembantu's none.
   */
  @Test
  void personalDataIsSeenOnlyByTheRolesWhoseStepsShowItAndEveryReadIsLogged() throws Exception {
    EngineScenario scenario = new EngineScenario(engine);
    String instance = engine.getRuntimeService().startProcessInstanceByKey(SOP).getId();
    complete(scenario, instance, "ppid-petugas", Map.of("namaPemohon", "Siti Aminah",
        "nomorIdentitas", "3574010101900001", "rincianInformasi", "Anggaran internet kelurahan 2026"));
    complete(scenario, instance, "ppid", Map.of("hasilPemeriksaan", "lengkap"));
    String task = scenario.task(instance).getId();

    for (String path : List.of("/engine-rest/task/" + task + "/variables", "/engine-rest/task/" + task + "/form-variables",
        "/engine-rest/history/variable-instance?processInstanceId=" + instance)) {
      String body = api().get(path, "ppid-pembantu").body();
      assertThat(body).as(path).contains("rincianInformasi").doesNotContain("3574010101900001")
          .doesNotContain("Siti Aminah");
    }
    assertThat(api().get("/engine-rest/task/" + task + "/variables/nomorIdentitas", "ppid-pembantu").statusCode())
        .isEqualTo(404);
    assertThat(api().get("/engine-rest/history/detail?processInstanceId=" + instance, "ppid-pembantu").body())
        .doesNotContain("3574010101900001");
    assertThat(variables(instance, "ppid")).contains("namaPemohon").doesNotContain("nomorIdentitas");
    assertThat(variables(instance, "ppid-petugas")).contains("namaPemohon", "nomorIdentitas");
    assertThat(variables(instance, "atasan-ppid")).as("the PPID's supervisor has no step showing them")
        .contains("rincianInformasi").doesNotContain("namaPemohon", "nomorIdentitas");

    for (String report : List.of("/api/maladministration?processInstanceId=" + instance, "/api/register",
        "/api/timing/" + SOP, "/api/sops/" + SOP + "/log.xes", "/api/timing/instances/" + instance)) {
      var answer = api().get(report, "ppid", "*/*");
      assertThat(answer.statusCode()).as(report).isEqualTo(200);
      assertThat(answer.body()).as("a report reader sees no personal data: " + report)
          .doesNotContain("3574010101900001").doesNotContain("Siti Aminah");
    }

    JsonNode log = read("/api/pdp/akses?processInstanceId=" + instance, "admin:admin").get("akses");
    List<String> readers = new java.util.ArrayList<>();
    log.forEach(read -> readers.add(read.get("pengguna").asText()));
    assertThat(readers).contains("ppid", "ppid-petugas").doesNotContain("ppid-pembantu", "atasan-ppid");
    assertThat(log.toString()).contains("Nomor KTP / akta pendirian badan hukum");
    assertThat(api().get("/api/pdp/akses?processInstanceId=" + instance, "ppid").statusCode()).isEqualTo(403);
  }

  /**
   * The list of finished cases ({@code GET /api/kasus/selesai}) holds what Camunda's history lets each
   * role read, in the same order (the last to end first): a PPID Pembantu's list has the requests its
   * step was offered in, not one that never reached it, nor one still running.
   */
  @Test
  void theListOfFinishedCasesHoldsWhatCamundasHistoryLetsTheRoleRead() throws Exception {
    EngineScenario scenario = new EngineScenario(engine);
    scenario.deploy("daftar-a.bpmn", TestModels.sop("sop-daftar-a").lane("ppid-petugas", "Petugas").lane("ppid", "PPID")
        .task("terima", "ppid-petugas").task("periksa", "ppid").xml());
    scenario.deploy("daftar-b.bpmn", TestModels.sop("sop-daftar-b").lane("ppid-petugas", "Petugas")
        .lane("ppid-pembantu", "Pembantu").task("terima", "ppid-petugas").task("telusuri", "ppid-pembantu").xml());
    try {
      String neverReached = finish(scenario, "sop-daftar-a", "2026-12-01T09:00", "ppid-petugas", "ppid");
      String first = finish(scenario, "sop-daftar-b", "2026-12-01T10:00", "ppid-petugas", "ppid-pembantu");
      String second = finish(scenario, "sop-daftar-b", "2026-12-01T11:00", "ppid-petugas", "ppid-pembantu");
      String running = finish(scenario, "sop-daftar-b", "2026-12-01T12:00", "ppid-petugas");

      assertThat(finishedCases("ppid-pembantu")).containsExactly(second, first);
      assertThat(finishedCases("ppid")).contains(neverReached);
      EngineScenario.clockAt("2026-12-01T13:00");
      engine.getRuntimeService().deleteProcessInstance(running, "ditarik pemohon", false, true); // as Cockpit does
      assertThat(finishedCases("ppid-pembantu")).containsExactly(running, second, first);
      var identity = engine.getIdentityService();
      var twoRoles = identity.newUser("petugas-rangkap");
      twoRoles.setPassword("demo");
      identity.saveUser(twoRoles);
      identity.createMembership("petugas-rangkap", "ppid-petugas");
      identity.createMembership("petugas-rangkap", "ppid-pembantu");
      assertThat(finishedCases("petugas-rangkap")).as("each case once, though both roles read three of them")
          .containsExactly(running, second, first, neverReached);
      for (String user : List.of("ppid-pembantu", "ppid-petugas", "ppid", "atasan-ppid", "kepala-dinas", "kabid-tik",
          "petugas-rangkap", "admin:admin")) {
        List<String> camunda = new java.util.ArrayList<>();
        read("/engine-rest/history/process-instance?finished=true&sortBy=endTime&sortOrder=desc&maxResults=100",
            user).forEach(instance -> camunda.add(instance.get("id").asText()));
        assertThat(finishedCases(user)).as("as " + user).isEqualTo(camunda);
      }
      JsonNode cancelled = read("/api/kasus/selesai?maxResults=1", "ppid-pembantu").get(0);
      assertThat(cancelled.get("processInstanceId").asText()).isEqualTo(running);
      assertThat(cancelled.get("status").asText()).isEqualTo("dibatalkan");
      JsonNode listed = read("/api/kasus/selesai?firstResult=1&maxResults=1", "ppid-pembantu").get(0);
      assertThat(listed.get("processInstanceId").asText()).isEqualTo(second);
      assertThat(listed.get("sop").asText()).isEqualTo("sop-daftar-b");
      assertThat(listed.get("status").asText()).isEqualTo("selesai");
      assertThat(listed.get("selesai").asText()).isEqualTo("2026-12-01T04:00:00Z");
      var tooMany = api().get("/api/kasus/selesai?maxResults=500", "ppid-pembantu");
      assertThat(tooMany.statusCode()).isEqualTo(400);
      assertThat(tooMany.body()).contains("maxResults");

      jdbc.sql("DELETE FROM sop_case_reader").update(); // a database from before the lists
      caseReaderRows.run(null); // as the next start does
      assertThat(finishedCases("ppid-pembantu")).containsExactly(running, second, first);
    } finally {
      EngineScenario.resetClock();
    }
  }

  /** Starts a case at the moment given and completes its steps as the users given, in turn. */
  private String finish(EngineScenario scenario, String key, String wibMoment, String... users) {
    EngineScenario.clockAt(wibMoment);
    String instance = engine.getRuntimeService().startProcessInstanceByKey(key).getId();
    for (String user : users) {
      complete(scenario, instance, user, Map.of());
    }
    return instance;
  }

  private List<String> finishedCases(String user) throws Exception {
    List<String> ids = new java.util.ArrayList<>();
    read("/api/kasus/selesai?maxResults=100", user).forEach(listed -> ids.add(listed.get("processInstanceId").asText()));
    return ids;
  }

  /** SP4N-LAPOR!: a complaint goes to the liaison of the one agency the verification names. */
  @Test
  void aComplaintReachesTheLiaisonOfTheAgencyItNamesAndNoOther() throws Exception {
    EngineScenario scenario = new EngineScenario(engine);
    String instance = engine.getRuntimeService().startProcessInstanceByKey("pip-pengaduan-masyarakat").getId();
    String verification = scenario.task(instance).getId();
    scenario.as("pip-admin-lapor", () -> engine.getTaskService().claim(verification, "pip-admin-lapor"));
    var unknown = api().post("/engine-rest/task/" + verification + "/complete", "pip-admin-lapor",
        "{\"variables\": {\"hasilVerifikasi\": {\"value\": \"diteruskan\"}, \"jenisLaporan\": {\"value\": \"normatif\"},"
            + " \"nomorTiket\": {\"value\": \"LAPOR-1\"}, \"ringkasanPengaduan\": {\"value\": \"Lampu jalan mati\"},"
            + " \"opdTujuan\": {\"value\": \"dinas-fiktif\"}}}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("opdTujuan").contains("dinas-fiktif").contains("dinkes");
    assertThat(scenario.task(instance).getId()).as("the verification stays open").isEqualTo(verification);

    complete(scenario, instance, "pip-admin-lapor", Map.of("hasilVerifikasi", "diteruskan", "jenisLaporan", "normatif",
        "opdTujuan", "dinkes", "ringkasanPengaduan", "Lampu jalan mati di Jl. Suroyo"));

    String dinkes = "opd-penghubung-lapor.dinkes";
    String dishub = "opd-penghubung-lapor.dishub";
    assertThat(read("/engine-rest/task?processInstanceId=" + instance, dinkes)).hasSize(1);
    assertThat(read("/engine-rest/task?processInstanceId=" + instance, dishub)).isEmpty();
    assertThat(historicInstances(instance, dishub)).isZero();
    assertThat(variables(instance, dinkes)).contains("ringkasanPengaduan");
  }

  @Test
  void aModelNamingPersonalDataThatNoFormShowsIsRefusedNamingFileAndVariable() {
    String model = TestModels.sop("sop-data-uji").processProperty("sop.data-pribadi", "namaPemohon, nikPemohon")
        .lane("ppid-petugas", "Petugas").task("catat", "ppid-petugas").xml();
    var refused = api().deploy("admin:admin", "data-uji", "uji/sop-data-uji.bpmn", model);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("uji/sop-data-uji.bpmn").contains("'namaPemohon'")
        .contains("no form of its steps shows");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("sop-data-uji").count())
        .isZero();
  }

  private void complete(EngineScenario scenario, String instance, String user, Map<String, Object> variables) {
    Task task = scenario.task(instance);
    scenario.as(user, () -> {
      engine.getTaskService().claim(task.getId(), user);
      engine.getTaskService().complete(task.getId(), variables);
    });
  }

  private int historicInstances(String instance, String user) throws Exception {
    return read("/engine-rest/history/process-instance?processInstanceId=" + instance, user).size();
  }

  private java.util.List<String> variables(String instance, String user) throws Exception {
    java.util.List<String> names = new java.util.ArrayList<>();
    read("/engine-rest/history/variable-instance?processInstanceId=" + instance, user)
        .forEach(variable -> names.add(variable.get("name").asText()));
    return names;
  }

  private JsonNode read(String path, String user) throws Exception {
    var response = api().get(path, user);
    assertThat(response.statusCode()).as(path + " as " + user).isEqualTo(200);
    return json.readTree(response.body());
  }

  private ApiClient api() {
    return new ApiClient(port);
  }
}
