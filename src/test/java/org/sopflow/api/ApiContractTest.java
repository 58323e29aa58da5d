package org.sopflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sopflow.ApiClient;
import org.sopflow.Browser;
import org.sopflow.SourceTree;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sopflow-api-contract-test;DB_CLOSE_DELAY=-1",
    "springdoc.api-docs.enabled=true", "springdoc.api-docs.path=" + ApiContractTest.GENERATED,
    "springdoc.paths-to-match=/api/**", "springdoc.writer-with-order-by-keys=true",
    "springdoc.writer-with-default-pretty-printer=true", "springdoc.default-flat-param-object=true"})
@Import(ApiContractTest.OpenApiDescription.class)
@ActiveProfiles("demo")
class ApiContractTest {

  static final String GENERATED = "/springdoc/openapi.json";
  private static final Path COMMITTED = SourceTree.src("main", "resources", "static", "api", "openapi.json");

  private static final String KEY = "pip-permohonan-informasi";
  private final ObjectMapper json = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  /**
   * The served document is what springdoc makes of the controllers today. After changing an
   * endpoint, refresh it with {@code mvn test -Dtest=ApiContractTest -Dsop.docs.write=true}.
   */
  @Test
  void theServedOpenApiDocumentIsTheOneGeneratedFromTheControllers() throws Exception {
    HttpResponse<String> generated = api().get(GENERATED, null);
    assertThat(generated.statusCode()).isEqualTo(200);
    if (Boolean.getBoolean("sop.docs.write")) {
      Files.writeString(COMMITTED, generated.body() + "\n");
    }
    assertThat(json.readTree(Files.readString(COMMITTED)))
        .as(COMMITTED + " is stale; refresh it with mvn test -Dtest=ApiContractTest -Dsop.docs.write=true")
        .isEqualTo(json.readTree(generated.body()));
  }

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
    assertThat(api().get("/api/docs/index.html", null).statusCode()).isEqualTo(401);
    assertThat(api().get("/api/docs", "ppid-petugas").headers().firstValue("Location")).get().asString()
        .endsWith("/api/docs/index.html");
    HttpResponse<String> ui = api().get("/api/docs/index.html", "ppid-petugas", "text/html");
    assertThat(ui.statusCode()).isEqualTo(200);
    // the UI comes from this server: its scripts, and the document it shows
    assertThat(ui.body()).contains("/webjars/swagger-ui/swagger-ui-bundle.js").doesNotContain("http");
    assertThat(api().get("/webjars/swagger-ui/swagger-ui-bundle.js", null).statusCode()).isEqualTo(200);
    assertThat(api().get("/api/docs/initializer.js", "ppid-petugas").body()).contains("/api/openapi.json");
  }

  @Test
  void aTasklistUserReadsTheDocumentInTheUi() {
    try (Browser browser = Browser.open()) {
      try {
        String base = "http://127.0.0.1:" + port;
        browser.get(base + "/camunda/app/tasklist/default/");
        browser.waitFor(By.cssSelector("input[type=text]")).sendKeys("ppid-petugas");
        browser.waitFor(By.cssSelector("input[type=password]")).sendKeys("demo");
        browser.waitClickable(By.cssSelector("button[type=submit]")).click();
        browser.waitFor(By.cssSelector(".tasks-list, [cam-tasks]"));
        browser.get(base + "/api/docs");
        browser.waitFor(By.cssSelector(".opblock-summary-path"));
        assertThat(browser.driver().findElements(By.cssSelector(".opblock-summary-path")))
            .extracting(path -> path.getText().replace("\u200b", ""))
            .containsAll(apiEndpoints().keySet());
      } catch (RuntimeException | AssertionError e) {
        browser.screenshot("api-docs");
        throw e;
      }
    }
  }

  @Test
  void everyEndpointRefusesAnUnknownCallerWithProblemDetails() throws Exception {
    for (String path : apiEndpoints().keySet()) {
      String concrete = path.replace("{key}", KEY).replaceAll("\\{[^}]+}", "tidak-ada");
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

  /** What springdoc cannot read from the controllers: the title, the licence and the login. */
  @TestConfiguration(proxyBeanMethods = false)
  static class OpenApiDescription {

    @Bean
    OpenAPI sopFlowApi() {
      return new OpenAPI()
          .info(new Info().title("SOP Flow API").version("1")
              .description("The SOPs, their documents and evaluation, SOP timing and the maladministration log."
                  + " Camunda's own REST API is at /engine-rest. Errors are RFC 9457 problem details.")
              .license(new License().name("Apache-2.0")))
          .servers(List.of(new Server().url("/")))
          .components(new Components().addSecuritySchemes("basic",
              new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                  .description("A Camunda user; for GET also the Tasklist or Cockpit session")))
          .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
  }

  private ApiClient api() {
    return new ApiClient(port);
  }
}
