package org.sopflow.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sopflow.ApiClient;
import org.sopflow.SopFlowApplication;
import org.sopflow.model.Opd;
import org.sopflow.model.Opds;
import org.sopflow.model.RoleCatalogue;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Adding an OPD to a running installation (camunda-admin, {@code POST /api/kota/opd}): the folder
 * ready in the city's location becomes an OPD at once, its tenant, groups and models made, while the
 * office's versions and cases stay as they are; a folder that cannot be added is refused naming
 * what is wrong and changes nothing; the addition holds at the next start though
 * {@code sop.processes.opds} does not list it yet.
 */
@ExtendWith(OutputCaptureExtension.class)
class OpdAdditionTest {

  private static final String KECAMATAN = "kecamatan-kanigaran";
  private static final String DATABASE = "opd-addition";

  @TempDir
  Path city;

  @Test
  void anOpdIsAddedWhileTheServerRunsAndStaysAddedAfterARestart(CapturedOutput output) throws IOException {
    FileSystemUtils.copyRecursively(Path.of("processes", "diskominfo"), city.resolve("diskominfo"));
    FileSystemUtils.copyRecursively(Path.of("processes", KECAMATAN), city.resolve(KECAMATAN));
    Path wrong = city.resolve("kecamatan-salah");
    FileSystemUtils.copyRecursively(Path.of("processes", KECAMATAN), wrong);
    Files.writeString(wrong.resolve("roles.yaml"), Files.readString(wrong.resolve("roles.yaml"))
        .replace("id: kanigaran-camat", "id: kepala-dinas").replace("supervisor: kanigaran-camat", "supervisor: kepala-dinas"));

    try (ConfigurableApplicationContext app = start("--sop.processes.watch=true", "--sop.processes.watch-interval=PT0.2S")) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      ApiClient api = new ApiClient(((WebServerApplicationContext) app).getWebServer().getPort());
      long officeDeployments = engine.getRepositoryService().createDeploymentQuery().tenantIdIn("diskominfo").count();
      String officeCase = engine.getRuntimeService().createProcessInstanceByKey("pip-permohonan-informasi")
          .processDefinitionTenantId("diskominfo").execute().getId();

      assertThat(add(api, KECAMATAN, "kepala-dinas").statusCode()).isEqualTo(403);
      assertThat(add(api, "Kecamatan Salah", "admin:admin").body()).contains("is not an OPD id");
      assertThat(add(api, "kecamatan-tidak-ada", "admin:admin").body()).contains("kecamatan-tidak-ada/");
      HttpResponse<String> refused = add(api, "kecamatan-salah", "admin:admin");
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("role 'kepala-dinas' is listed by OPD 'diskominfo' and by OPD 'kecamatan-salah'");
      assertThat(app.getBean(Opds.class).all()).extracting(Opd::tenantId).containsExactly("diskominfo");
      assertThat(engine.getIdentityService().createTenantQuery().tenantId("kecamatan-salah").count()).isZero();

      // a file saved in the folder before it is added: the watcher says why nothing is deployed
      Files.writeString(city.resolve(KECAMATAN).resolve("roles.yaml"), "# disimpan\n", StandardOpenOption.APPEND);
      Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> output.getOut()
          .contains(KECAMATAN + "/ is no OPD of this installation yet"));

      HttpResponse<String> added = add(api, KECAMATAN, "admin:admin");
      assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
      assertThat(added.body()).contains("\"nama\":\"Kecamatan Kanigaran Kota Probolinggo\"");
      assertThat(engine.getIdentityService().createTenantQuery().groupMember("kanigaran-camat").list())
          .extracting(Tenant::getId).containsExactly(KECAMATAN);
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery().tenantIdIn(KECAMATAN)
          .processDefinitionKey("kanigaran-surat-masuk").count()).isEqualTo(1);
      assertThat(engine.getIdentityService().createTenantQuery().groupMember("opd-penghubung-lapor.kanigaran").list())
          .as("Diskominfo's liaison role of the kecamatan is now the kecamatan's, working Diskominfo's forwarded steps")
          .extracting(Tenant::getId).containsExactlyInAnyOrder(KECAMATAN, "diskominfo");
      assertThat(api.get("/api/register", "kanigaran-camat").body()).contains("kanigaran-surat-masuk")
          .doesNotContain("pip-permohonan-informasi");
      assertThat(engine.getRepositoryService().createDeploymentQuery().tenantIdIn("diskominfo").count())
          .as("nothing of the office redeployed").isEqualTo(officeDeployments);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(officeCase).count()).isOne();
      assertThat(add(api, KECAMATAN, "admin:admin").body()).contains("already on this installation");
    }

    try (ConfigurableApplicationContext restarted = start("--sop.processes.watch=false")) {
      assertThat(restarted.getBean(Opds.class).all()).extracting(Opd::tenantId).containsExactly("diskominfo", KECAMATAN);
      assertThat(restarted.getBean(RoleCatalogue.class).opdOf("kanigaran-camat")).contains(KECAMATAN);
      assertThat(restarted.getBean(ProcessEngine.class).getRepositoryService().createDeploymentQuery()
          .tenantIdIn(KECAMATAN).list()).extracting(Deployment::getName).hasSize(1);
    }
  }

  private static HttpResponse<String> add(ApiClient api, String id, String user) {
    return api.post("/api/kota/opd", user, "{\"id\": \"" + id + "\"}");
  }

  private ConfigurableApplicationContext start(String... watch) {
    List<String> arguments = new ArrayList<>(List.of("--server.port=0",
        "--spring.datasource.url=jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1", "--sop.processes.location=" + city.toUri(),
        "--sop.processes.opds=diskominfo", "--sop.deadlines.detection-interval=PT1H"));
    arguments.addAll(List.of(watch));
    return new SpringApplicationBuilder(SopFlowApplication.class).profiles("demo").run(arguments.toArray(String[]::new));
  }
}
