package org.sopflow.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.sopflow.signing.SignatureCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The shipped catalogue is not approved: its documents say belum disahkan, with no number or date
 * anyone made up; one call approves it all for a demo, each SOP with a DEMO number and a signed document.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:sopflow-demo-approval-test;DB_CLOSE_DELAY=-1",
        "sop.signing.pkcs12.path=target/test-signing/kepala-dinas.p12"})
@ActiveProfiles("demo")
class DemoApprovalTest {

  private static final String PPID = "pip-permohonan-informasi";
  private final ObjectMapper json = new ObjectMapper();
  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  @Test
  void theShippedCatalogueIsNotApprovedUntilOneCallApprovesItForTheDemo() throws Exception {
    List<ProcessDefinition> catalogue = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion()
        .list();
    assertThat(catalogue).hasSizeGreaterThanOrEqualTo(14);
    String before = api().get("/api/sops/" + PPID + "/document", "admin:admin", "text/html").body();
    assertThat(before).contains("belum disahkan").doesNotContain("800/SOP").doesNotContain("2027");
    assertThat(api().post("/api/versi/demo/sahkan-semua", "ppid", "{}").statusCode()).isEqualTo(403);
    assertThat(statusInCatalogue()).isEqualTo("belum disahkan");

    JsonNode approved = json.readTree(api().post("/api/versi/demo/sahkan-semua", "admin:admin", "{}").body());
    assertThat(approved.get("sop")).hasSize(catalogue.size());
    for (ProcessDefinition definition : catalogue) {
      ProcessDefinition now = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(definition.getKey()).latestVersion().singleResult();
      assertThat(now.getVersionTag()).as(definition.getKey()).isEqualTo("rev-0");
    }
    JsonNode ppid = json.readTree(api().get("/api/sops/" + PPID + "/versi", "admin:admin").body()).get(0);
    assertThat(ppid.get("status").asText()).isEqualTo("berlaku");
    assertThat(ppid.get("nomor").asText()).startsWith("DEMO/");
    byte[] signed = api().getBytes("/api/versi/" + ppid.get("id").asText() + "/document.pdf", "admin:admin").body();
    assertThat(SignatureCheck.check(signed).intact()).isTrue();
    assertThat(api().get("/api/sops/" + PPID + "/document", "admin:admin", "text/html").body())
        .contains(ppid.get("nomor").asText()).contains(DemoApproval.APPROVER);
    assertThat(json.readTree(api().post("/api/versi/demo/sahkan-semua", "admin:admin", "{}").body()).get("sop"))
        .as("once").isEmpty();
    JsonNode register = json.readTree(api().get("/api/register", "admin:admin").body());
    assertThat(StreamSupport.stream(register.get("pembaruan").spliterator(), false).toList()).isEmpty();
    assertThat(StreamSupport.stream(register.get("sops").spliterator(), false)
        .filter(sop -> sop.get("executable").asBoolean())).allSatisfy(sop ->
        assertThat(sop.get("status").asText()).as(sop.get("key").asText()).isEqualTo("berlaku"));
    assertThat(statusInCatalogue()).isEqualTo("berlaku");
  }

  private String statusInCatalogue() throws Exception {
    JsonNode listed = java.util.stream.StreamSupport.stream(json.readTree(api().get("/api/sops", "admin:admin").body())
        .spliterator(), false).filter(sop -> sop.get("key").asText().equals(PPID)).findFirst().orElseThrow();
    assertThat(listed.get("revisi").isNull()).as("a revision only once approved")
        .isEqualTo(!listed.get("status").asText().equals("berlaku"));
    return json.readTree(api().get("/api/sops/" + PPID, "admin:admin").body()).get("status").asText();
  }

  private ApiClient api() {
    return new ApiClient(port);
  }
}
