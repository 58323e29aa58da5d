package org.sopflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sopflow.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What every {@code /api} endpoint promises: its errors are RFC 9457 problem details naming what
 * is wrong, and the OpenAPI document at {@code /api/openapi.json} describes it. The endpoints are
 * taken from the controllers themselves, so a new one is checked without touching this test.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:sopflow-api-contract-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class ApiContractTest {

  private static final String KEY = "pip-permohonan-informasi";
  private final ObjectMapper json = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void theOpenApiDocumentListsEveryApiEndpointOfTheControllers() throws Exception {
    HttpResponse<String> document = api().get("/api/openapi.json", "admin:admin");
    assertThat(document.statusCode()).isEqualTo(200);
    Map<String, Set<String>> described = new TreeMap<>();
    json.readTree(document.body()).get("paths").fields().forEachRemaining(path ->
        path.getValue().fieldNames().forEachRemaining(method ->
            described.computeIfAbsent(path.getKey(), p -> new TreeSet<>()).add(method.toUpperCase())));
    assertThat(apiEndpoints()).isNotEmpty().isEqualTo(described);
  }

  @Test
  void theDocumentAndItsUiNeedTheSameLoginAsTheApi() {
    assertThat(api().get("/api/openapi.json", null).statusCode()).isEqualTo(401);
    assertThat(api().get("/api/docs", null).statusCode()).isEqualTo(401);
    assertThat(api().get("/api/swagger-ui/index.html", null).statusCode()).isEqualTo(401);
    HttpResponse<String> ui = api().get("/api/swagger-ui/index.html", "ppid-petugas", "text/html");
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.body()).contains("swagger-ui");
  }

  @Test
  void everyEndpointRefusesAnUnknownCallerWithProblemDetails() throws Exception {
    for (String path : apiEndpoints().keySet()) {
      String concrete = path.replace("{key}", KEY).replace("{processInstanceId}", "tidak-ada");
      assertProblem(api().get(concrete, null), 401, "HTTP Basic");
      // a user who does not exist: wrong passwords of a real one would lock it (Camunda's login delay)
      assertProblem(api().get(concrete, "orang-asing:salah"), 401, "HTTP Basic");
    }
  }

  @Test
  void everyReportRefusesStaffWithProblemDetailsNamingTheReport() throws Exception {
    assertProblem(api().get("/api/maladministration", "ppid-petugas"), 403, "The maladministration log is for");
    assertProblem(api().get("/api/maladministration/verify", "ppid-petugas"), 403, "The maladministration log");
    assertProblem(api().get("/api/timing", "ppid-petugas"), 403, "The timing figures is for");
    assertProblem(api().get("/api/timing/" + KEY, "ppid-petugas"), 403, "The timing figures");
    assertProblem(api().get("/api/sops/evaluation", "ppid-petugas"), 403, "The evaluation of SOP application");
    assertProblem(api().get("/api/sops/evaluation.pdf", "ppid-petugas"), 403, "The evaluation of SOP application");
    assertThat(api().get("/api/sops", "ppid-petugas").statusCode()).isEqualTo(200);
  }

  @Test
  void badValuesAndUnknownThingsAreProblemDetailsNamingTheField() throws Exception {
    assertProblem(api().get("/api/timing?from=kemarin", "ppid"), 400, "from 'kemarin'");
    assertProblem(api().get("/api/timing/" + KEY + "?version=satu", "ppid"), 400, "version 'satu' is not a number");
    assertProblem(api().get("/api/maladministration?category=TERLAMBAT", "ppid"), 400, "category 'TERLAMBAT'");
    assertProblem(api().get("/api/maladministration?size=0", "ppid"), 400, "size");
    assertProblem(api().get("/api/sops/evaluation?to=besok", "ppid"), 400, "to 'besok'");
    assertProblem(api().get("/api/sops/tidak-ada", "ppid"), 404, "tidak-ada");
    assertProblem(api().get("/api/sops/tidak-ada/document", "ppid", "text/html"), 404, "tidak-ada");
    assertProblem(api().get("/api/sops/" + KEY + "/document?version=99", "ppid", "text/html"), 404, "99");
    assertProblem(api().get("/api/timing/tidak-ada", "ppid"), 404, "tidak-ada");
    assertProblem(api().get("/api/timing/instances/tidak-ada", "ppid"), 404, "tidak-ada");
    assertProblem(api().get("/api/tidak-ada", "ppid"), 404, "tidak-ada");
    assertProblem(api().post("/api/sops", "ppid", "{}"), 405, "POST");
  }

  private void assertProblem(HttpResponse<String> response, int status, String detail) throws Exception {
    assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).as(response.uri().toString()).get().asString()
        .startsWith("application/problem+json");
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).as(response.uri().toString()).contains(detail);
  }

  /** Every path under /api that one of our controllers maps (not springdoc's own), with its HTTP methods. */
  private Map<String, Set<String>> apiEndpoints() {
    Map<String, Set<String>> endpoints = new TreeMap<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo mapping = handler.getKey();
      if (!handler.getValue().getBeanType().getPackageName().startsWith("org.sopflow")) {
        continue;
      }
      for (String path : mapping.getPatternValues()) {
        if (path.startsWith("/api/") || path.equals("/api")) {
          mapping.getMethodsCondition().getMethods()
              .forEach(method -> endpoints.computeIfAbsent(path, p -> new TreeSet<>()).add(method.name()));
        }
      }
    }
    return endpoints;
  }

  private ApiClient api() {
    return new ApiClient(port);
  }
}
