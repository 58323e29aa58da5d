package org.sopflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.sopflow.TestModels;
import org.sopflow.renewal.Approval;
import org.sopflow.renewal.SopVersion;
import org.sopflow.renewal.SopVersions;
import org.sopflow.renewal.VersionState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Outside the demo (sop.processes.deploy: draft, the default), a model in the processes folder, at
 * start-up or saved while the server runs, is a draft of its SOP: it receives no case until it is
 * approved. A form beside it is deployed as it is.
 */
@DirtiesContext
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:sopflow-draft-folder-test;DB_CLOSE_DELAY=-1",
    "sop.processes.deploy=draft", "sop.processes.watch=true", "sop.processes.watch-interval=PT0.2S",
    "sop.citizen.base-url=https://layanan.example.go.id"})
class ProcessesDraftTest {

  private static final Path FOLDER = createFolder();

  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  SopVersions versions;
  @Autowired
  AuthorizationService authorizations;

  @DynamicPropertySource
  static void location(DynamicPropertyRegistry registry) {
    registry.add("sop.processes.location", () -> FOLDER.toUri().toString());
    // the folder is one OPD's, the office's: no city folder of OPDs
    registry.add("sop.processes.opds", () -> "");
    registry.add("sop.processes.tenant", () -> "diskominfo");
  }

  @Test
  void aModelInTheFolderIsADraftThatRunsOnlyOnceApproved() {
    List<SopVersion> atStart = versions.ofSop("sop-draf");
    assertThat(atStart).singleElement().satisfies(draft -> {
      assertThat(draft.state()).isEqualTo(VersionState.DRAF);
      assertThat(draft.fileName()).isEqualTo("bidang/sop-draf.bpmn");
    });
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("sop-draf").count())
        .as("not deployed").isZero();
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("sop-draf")).as("a draft receives no case")
        .isInstanceOf(ProcessEngineException.class);
    assertThat(repository.createDeploymentQuery().deploymentSource(FOLDER.toUri().toString()).list())
        .as("the form beside it is deployed as it is").isNotEmpty();

    write("bidang/sop-draf.bpmn", model("terima", "periksa"));
    awaitTrue(() -> versions.files(atStart.get(0).id()).values().iterator().next().contains("periksa"),
        "the saved model revises the draft in progress");
    assertThat(versions.ofSop("sop-draf")).as("one draft at a time").hasSize(1);
    SopVersion saved = versions.ofSop("sop-draf").get(0);
    assertThat(versions.changes(saved.id())).isEmpty(); // nothing is in force to compare with
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("sop-draf").count())
        .as("a saved model is never a live version").isZero();

    versions.submitForVerification(saved.id());
    versions.approve(saved.id(), new Approval("800/1/2026", "Kepala Dinas", LocalDate.now().minusDays(1)), "admin");
    assertThat(authorizations.createAuthorizationQuery().groupIdIn("humas").resourceId("sop-draf").count())
        .as("its lane role may see and start it").isPositive();
    assertThat(runtime.startProcessInstanceByKey("sop-draf").getProcessDefinitionId())
        .isEqualTo(versions.find(saved.id()).orElseThrow().processDefinitionId());
    assertThat(versions.draftFromFolder("bidang/sop-draf.bpmn", model("terima", "periksa").getBytes(
        java.nio.charset.StandardCharsets.UTF_8))).as("the file the version in force came from").isEmpty();

    write("bidang/sop-draf.bpmn", model("terima", "periksa", "arsipkan"));
    awaitTrue(() -> versions.ofSop("sop-draf").size() == 2, "a revision saved in the folder");
    SopVersion revision = versions.ofSop("sop-draf").get(0);
    assertThat(revision.state()).isEqualTo(VersionState.DRAF);
    assertThat(versions.changes(revision.id())).extracting(change -> change.elementId()).contains("arsipkan");
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("sop-draf").count())
        .as("the approved version alone runs").isOne();
  }

  private static void awaitTrue(BooleanSupplier condition, String what) {
    WatchedFolder.awaitTrue(condition, what);
  }

  private static void write(String file, String content) {
    WatchedFolder.write(FOLDER, file, content);
  }

  private static String model(String... tasks) {
    TestModels model = TestModels.sop("sop-draf").lane("humas", "Humas");
    for (String task : tasks) {
      model.task(task, "humas");
    }
    return model.xml();
  }

  private static Path createFolder() {
    try {
      Path folder = Files.createTempDirectory("sopflow-draft-folder-");
      Files.createDirectories(folder.resolve("bidang"));
      Files.writeString(folder.resolve("roles.yaml"), "roles:\n  - id: humas\n    name: Humas\n");
      Files.writeString(folder.resolve("bidang/sop-draf.bpmn"), model("terima"));
      Files.writeString(folder.resolve("bidang/form-terima.form"), "{\"id\": \"form-terima\", \"type\": \"default\","
          + " \"schemaVersion\": 16, \"components\": []}");
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
