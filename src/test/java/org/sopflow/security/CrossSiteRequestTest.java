package org.sopflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A page of another site cannot write with a browser's credentials: cross-site writes to
 * /engine-rest and /api are refused, and browsers get no Basic challenge to keep credentials from.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-cross-site-test;DB_CLOSE_DELAY=-1",
    "sop.http.allowed-origins=https://portal.example.go.id"})
@ActiveProfiles("demo")
class CrossSiteRequestTest {

  private static final String MODEL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
        <bpmn:process id="situs-lain" isExecutable="true"><bpmn:startEvent id="mulai"/></bpmn:process>
      </bpmn:definitions>
      """;

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repositoryService;

  @Test
  void aDeploymentSentFromAnotherSiteIsRefusedAndStoresNothing() {
    ApiClient api = new ApiClient(port);
    HttpResponse<String> bySite = api.with("Sec-Fetch-Site", "cross-site").with("Sec-Fetch-Mode", "no-cors")
        .deploy("admin:admin", "lintas-situs", "situs-lain.bpmn", MODEL);
    HttpResponse<String> byOrigin = api.with("Origin", "https://jahat.example")
        .deploy("admin:admin", "lintas-situs", "situs-lain.bpmn", MODEL);

    assertThat(bySite.statusCode()).isEqualTo(403);
    assertThat(bySite.body()).contains("Sec-Fetch-Site: cross-site");
    assertThat(byOrigin.statusCode()).isEqualTo(403);
    assertThat(byOrigin.body()).contains("https://jahat.example");
    assertThat(repositoryService.createDeploymentQuery().deploymentName("lintas-situs").count()).isZero();
    HttpResponse<String> api403 = api.with("Origin", "https://jahat.example")
        .post("/api/skm/responses", "admin:admin", "{}");
    assertThat(api403.statusCode()).isEqualTo(403);
    assertThat(api403.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("application/problem+json"));
  }

  @Test
  void writesOfTheServersOwnPagesOfAnAllowedOriginAndOfProgramsPass() {
    ApiClient api = new ApiClient(port);
    String own = "http://127.0.0.1:" + port;
    assertThat(api.with("Origin", own).with("Sec-Fetch-Site", "same-origin")
        .post("/engine-rest/process-definition/key/tidak-ada/start", "admin:admin", "{}").statusCode())
        .as("reaches the engine, which knows no such SOP").isEqualTo(404);
    assertThat(api.with("Origin", "https://portal.example.go.id").with("Sec-Fetch-Site", "cross-site")
        .post("/engine-rest/process-definition/key/tidak-ada/start", "admin:admin", "{}").statusCode())
        .isEqualTo(404);
    assertThat(api.post("/engine-rest/process-definition/key/tidak-ada/start", "admin:admin", "{}").statusCode())
        .isEqualTo(404);
    assertThat(api.with("Sec-Fetch-Site", "cross-site").get("/api/sops", "admin:admin").statusCode())
        .as("reading is not writing").isEqualTo(200);
  }

  @Test
  void browsersGetNoBasicChallengeAndProgramsDo() {
    ApiClient api = new ApiClient(port);
    for (String path : new String[] {"/engine-rest/task", "/api/sops"}) {
      HttpResponse<String> browser = api.with("Sec-Fetch-Mode", "cors").with("Sec-Fetch-Site", "same-origin")
          .get(path, null);
      assertThat(browser.statusCode()).as(path).isEqualTo(401);
      assertThat(browser.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
      assertThat(api.get(path, null).headers().firstValue("WWW-Authenticate")).as(path)
          .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
    }
  }
}
