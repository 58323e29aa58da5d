package org.sopflow.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * SOP keys are city-wide, so the example kecamatan follows up its findings with its own SOP, named
 * in its {@code opd.yaml} ({@code sop-tindak-lanjut: kanigaran-tindak-lanjut}): its follow-up runs as
 * a case of that SOP in its tenant, offered to its own responsible role, while the office's keep
 * running on {@code sek-tindak-lanjut}.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-followup-opd-test;DB_CLOSE_DELAY=-1",
    "sop.deadlines.detection-interval=PT1H"})
@ActiveProfiles("demo")
class FollowUpOfAnotherOpdTest {

  private static final String FINDING = """
      {"sumber": "TEMUAN", "jenis": "SOP_TANPA_PEMBARUAN", "sop": "%s", "dari": "2026-01-01",
       "sampai": "2026-06-30", "bukti": "Belum diperbarui", "tindakan": "Perbarui SOP"}""";
  private final ObjectMapper json = new ObjectMapper();
  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  @Test
  void eachOpdsFollowUpRunsAsACaseOfItsOwnFollowUpSop() throws Exception {
    ApiClient api = new ApiClient(port);
    HttpResponse<String> kecamatan = api.post("/api/tindak-lanjut", "kanigaran-camat",
        FINDING.formatted("kanigaran-surat-masuk"));
    assertThat(kecamatan.statusCode()).as(kecamatan.body()).isEqualTo(201);
    JsonNode followUp = json.readTree(kecamatan.body());
    assertThat(followUp.get("penanggungJawab").asText()).as("the head of the SOP's bidang in the kecamatan")
        .isEqualTo("kanigaran-sekcam");
    ProcessInstance kecamatanCase = instance(followUp.get("kasus").asText());
    assertThat(engine.getRepositoryService().getProcessDefinition(kecamatanCase.getProcessDefinitionId()).getKey())
        .isEqualTo("kanigaran-tindak-lanjut");
    assertThat(kecamatanCase.getTenantId()).isEqualTo("kecamatan-kanigaran");
    Task planning = engine.getTaskService().createTaskQuery().processInstanceId(kecamatanCase.getId()).singleResult();
    assertThat(planning.getTaskDefinitionKey()).isEqualTo(FollowUpCases.PLANNING);
    assertThat(engine.getTaskService().getIdentityLinksForTask(planning.getId())).extracting(IdentityLink::getGroupId)
        .as("offered to the role the follow-up names, of the kecamatan").contains("kanigaran-sekcam");

    HttpResponse<String> office = api.post("/api/tindak-lanjut", "kepala-dinas",
        FINDING.formatted("pip-permohonan-informasi"));
    assertThat(office.statusCode()).as(office.body()).isEqualTo(201);
    ProcessInstance officeCase = instance(json.readTree(office.body()).get("kasus").asText());
    assertThat(engine.getRepositoryService().getProcessDefinition(officeCase.getProcessDefinitionId()).getKey())
        .isEqualTo("sek-tindak-lanjut");
    assertThat(officeCase.getTenantId()).isEqualTo("diskominfo");
  }

  private ProcessInstance instance(String id) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
  }
}
