package org.sopflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.sopflow.TestModels;
import org.sopflow.model.ServiceStandards;
import org.sopflow.model.StandarPelayanan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A modeller saves a file in the watched processes folder while the server runs. */
@DirtiesContext
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:sopflow-watch-test;DB_CLOSE_DELAY=-1",
    "sop.processes.watch=true", "sop.processes.watch-interval=PT0.2S"})
class ProcessesWatchTest {

  private static final Path FOLDER = createFolder();

  @Autowired
  RepositoryService repositoryService;
  @Autowired
  Refusals refusals;
  @Autowired
  ServiceStandards standards;

  @DynamicPropertySource
  static void location(DynamicPropertyRegistry registry) {
    registry.add("sop.processes.location", () -> FOLDER.toUri().toString());
    // the folder is one OPD's, the office's: no city folder of OPDs
    registry.add("sop.processes.opds", () -> "");
    registry.add("sop.processes.tenant", () -> "diskominfo");
  }

  @TestConfiguration
  static class RefusalsConfiguration {
    @Bean
    Refusals refusals() {
      return new Refusals();
    }
  }

  static class Refusals {
    final List<ProcessesRefused> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ProcessesRefused refused) {
      events.add(refused);
    }
  }

  @Test
  void aSavedFileIsRedeployedAndAFileWithErrorsIsRefusedWhileTheRunningVersionStays() throws IOException {
    assertThat(latestVersion("sop-pantau")).isEqualTo(1);

    Instant saved = Instant.now();
    write("bidang/sop-pantau.bpmn", model("terima", "periksa"));
    awaitTrue(() -> latestVersion("sop-pantau") == 2, "the saved model becomes version 2");
    System.out.printf("Redeployed %d ms after saving%n", Duration.between(saved, Instant.now()).toMillis());
    assertThat(latestVersion("sop-lain")).as("an unchanged file gets no new version").isEqualTo(1);

    write("bidang/sop-pantau.bpmn", TestModels.sop("sop-pantau").lane("humas", "Humas").task("terima", "humas")
        .withoutWaktu("terima").xml());
    awaitTrue(() -> refusal("bidang/sop-pantau.bpmn").isPresent(), "the file with an error is refused");
    ProcessesRefused refused = refusal("bidang/sop-pantau.bpmn").orElseThrow();
    assertThat(refused.files()).containsExactly("bidang/sop-pantau.bpmn");
    assertThat(refused.errors()).singleElement().satisfies(finding ->
        assertThat(finding.toString()).contains("bidang/sop-pantau.bpmn, userTask 'terima'").contains("STEP_WITHOUT_WAKTU"));
    write("sop-lain.bpmn", model("terima", "arsipkan"));
    awaitTrue(() -> latestVersion("sop-lain") == 2, "another file saved meanwhile is still deployed");
    assertThat(latestVersion("sop-pantau")).as("the refused file's running version stays").isEqualTo(2);

    write("bidang/sop-pantau.bpmn", model("terima", "periksa", "arsipkan"));
    awaitTrue(() -> latestVersion("sop-pantau") == 3, "the corrected file is deployed");
  }

  @Test
  void aSavedStandarPelayananIsReadAgainAndWhileItHasErrorsItsLastUsableVersionStays() {
    String file = "standar-pelayanan/layanan-lain.yaml";
    assertThat(services("sop-lain")).isEmpty();

    write(file, "nama: Layanan Lain\nsop: [sop-lain]\n");
    awaitTrue(() -> services("sop-lain").equals(List.of("Layanan Lain")), "the new Standar Pelayanan is read");

    write(file, "nama: Layanan Lain\nsop: [sop-lain\n");
    awaitTrue(() -> refusal(file).isPresent(), "the file with an error is named");
    assertThat(services("sop-lain")).as("the last usable version stays").containsExactly("Layanan Lain");

    write(file, "nama: Layanan Lain yang Diperbarui\nsop: [sop-lain]\n");
    awaitTrue(() -> services("sop-lain").equals(List.of("Layanan Lain yang Diperbarui")), "the corrected file is read");
  }

  private List<String> services(String sopKey) {
    return standards.carriedOutBy(sopKey).stream().map(StandarPelayanan::nama).toList();
  }

  private Optional<ProcessesRefused> refusal(String file) {
    return refusals.events.stream().filter(refused -> refused.files().contains(file)).findFirst();
  }

  private int latestVersion(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult().getVersion();
  }

  private static void awaitTrue(BooleanSupplier condition, String what) {
    WatchedFolder.awaitTrue(condition, what);
  }

  private static void write(String file, String content) {
    WatchedFolder.write(FOLDER, file, content);
  }

  private static String model(String... tasks) {
    TestModels model = TestModels.sop(tasks.length == 2 && tasks[1].equals("arsipkan") ? "sop-lain" : "sop-pantau")
        .lane("humas", "Humas");
    for (String task : tasks) {
      model.task(task, "humas");
    }
    return model.xml();
  }

  private static Path createFolder() {
    try {
      Path folder = Files.createTempDirectory("sopflow-watch-");
      Files.createDirectories(folder.resolve("bidang"));
      Files.createDirectories(folder.resolve("standar-pelayanan"));
      Files.writeString(folder.resolve("roles.yaml"), "roles:\n  - id: humas\n    name: Humas\n");
      Files.writeString(folder.resolve("bidang/sop-pantau.bpmn"), TestModels.sop("sop-pantau").lane("humas", "Humas")
          .task("terima", "humas").xml());
      Files.writeString(folder.resolve("sop-lain.bpmn"), TestModels.sop("sop-lain").lane("humas", "Humas")
          .task("terima", "humas").xml());
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
