package org.sopflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.sopflow.TestModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An operator points {@code sop.processes.location} at a folder outside the jar. */
// Camunda registers each context's engine as the JVM's "default" engine, which /engine-rest uses:
// a context is closed after its class so that the next one's engine is the one answering.
@DirtiesContext
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:sopflow-folder-test;DB_CLOSE_DELAY=-1")
class ProcessesFolderTest {

  private static final Path FOLDER = createFolder();

  @Autowired
  RepositoryService repositoryService;
  @Autowired
  IdentityService identityService;
  @Autowired
  ProcessesDeployer deployer;

  @DynamicPropertySource
  static void location(DynamicPropertyRegistry registry) {
    registry.add("sop.processes.location", () -> FOLDER.toUri().toString());
    // the folder is one OPD's, the office's: no city folder of OPDs
    registry.add("sop.processes.opds", () -> "");
    registry.add("sop.processes.tenant", () -> "diskominfo");
  }

  @Test
  void deploysEveryModelBelowTheFolderUnderItsRelativeName() {
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("sop-luar").processDefinitionVersion(1).count()).isEqualTo(1);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("sop-lain").processDefinitionVersion(1).count()).isEqualTo(1);
    String deploymentId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("sop-luar").processDefinitionVersion(1)
        .singleResult().getDeploymentId();
    assertThat(repositoryService.getDeploymentResources(deploymentId)).extracting(Resource::getName)
        .contains("bidang/sub/sop-luar.bpmn");
  }

  @Test
  void readsTheRoleCatalogueOfTheFolder() {
    assertThat(identityService.createGroupQuery().groupId("humas").singleResult().getName()).isEqualTo("Humas");
  }

  @Test
  void onlyAChangedFileBecomesANewVersion() throws IOException {
    Files.writeString(FOLDER.resolve("bidang/sub/sop-luar.bpmn"), model("sop-luar", "tanggapi"));

    deployer.deploy();

    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("sop-luar").latestVersion()
        .singleResult().getVersion()).isEqualTo(2);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("sop-lain").latestVersion()
        .singleResult().getVersion()).isEqualTo(1);
  }

  private static Path createFolder() {
    try {
      Path folder = Files.createTempDirectory("sopflow-processes-");
      Files.createDirectories(folder.resolve("bidang/sub"));
      Files.writeString(folder.resolve("roles.yaml"), "roles:\n  - id: humas\n    name: Humas\n");
      Files.writeString(folder.resolve("bidang/sub/sop-luar.bpmn"), model("sop-luar", "terima"));
      Files.writeString(folder.resolve("sop-lain.bpmn"), model("sop-lain", "terima"));
      Files.writeString(folder.resolve("catatan.txt"), "not a model: ignored");
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String model(String key, String task) {
    return TestModels.sop(key).lane("humas", "Humas").task(task, "humas").xml();
  }
}
