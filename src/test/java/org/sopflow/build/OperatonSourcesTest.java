package org.sopflow.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rename step of the Operaton build (src/build/OperatonSources.java), run as the Maven profile
 * runs it: a Java source file started by {@code java}. (operaton-rename: keep-file, so that the
 * Operaton build tests the same texts.)
 */
class OperatonSourcesTest {

  @TempDir
  Path folder;

  @Test
  void javaSettingsAndPathsGetOperatonsNamesAndModelsKeepCamundasNamespace() throws Exception {
    Path from = folder.resolve("src");
    write(from.resolve("org/sopflow/A.java"), """
        import org.camunda.bpm.engine.authorization.Groups;
        import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
        import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
        /** Camunda's clock; place it in Camunda Modeler, as a Camunda Form. Camunda 7.24 CE tables. */
        class A {
          String admin = Groups.CAMUNDA_ADMIN + "camunda-admin";
          String user = "${camunda.bpm.admin-user.id}";
          String link = "${camunda.bpm.webapp.application-path:/camunda}/app/tasklist/default/";
          String bpmn = "<camunda:properties><camunda:property name='x'/></camunda:properties>"
              + " xmlns:camunda=\\"http://camunda.org/schema/1.0/bpmn\\" camunda:candidateGroups='a'";
          Object task = builder.camundaCandidateGroups("a").getCamundaFormKey();
          String former = "/camunda/app"; // operaton-rename: keep
        }
        """);
    write(from.resolve("application.yaml"), "camunda:\n  bpm:\n    admin-user:\n      id: admin\n");
    write(from.resolve("META-INF/resources/webjars/camunda/app/sop/sop-ui.js"),
        "location = '/camunda/app/cockpit/';\n");
    write(from.resolve("proses.bpmn"), "<camunda:property name=\"org.camunda.bpm\" />");
    write(from.resolve("locales/id.json"), "{\"PLGN_SKE_CAMUNDA_COCKPIT\": \"Camunda Cockpit\"}\n");
    Path to = folder.resolve("out");

    assertThat(run(from.toString(), to.toString())).contains("5 files, 5 written, 0 deleted");

    assertThat(read(to.resolve("org/sopflow/A.java"))).isEqualTo("""
        import org.operaton.bpm.engine.authorization.Groups;
        import org.operaton.bpm.model.bpmn.instance.operaton.OperatonProperty;
        import org.operaton.bpm.spring.boot.starter.property.OperatonBpmProperties;
        /** Operaton's clock; place it in Camunda Modeler, as a Camunda Form. Operaton tables. */
        class A {
          String admin = Groups.OPERATON_ADMIN + "operaton-admin";
          String user = "${operaton.bpm.admin-user.id}";
          String link = "${operaton.bpm.webapp.application-path:/operaton}/app/tasklist/default/";
          String bpmn = "<camunda:properties><camunda:property name='x'/></camunda:properties>"
              + " xmlns:camunda=\\"http://camunda.org/schema/1.0/bpmn\\" camunda:candidateGroups='a'";
          Object task = builder.operatonCandidateGroups("a").getOperatonFormKey();
          String former = "/camunda/app"; // operaton-rename: keep
        }
        """);
    assertThat(read(to.resolve("application.yaml"))).isEqualTo("operaton:\n  bpm:\n    admin-user:\n      id: admin\n");
    assertThat(read(to.resolve("META-INF/resources/webjars/operaton/app/sop/sop-ui.js")))
        .isEqualTo("location = '/operaton/app/cockpit/';\n");
    assertThat(read(to.resolve("locales/id.json"))).as("a webapp's locale keeps its keys")
        .isEqualTo("{\"PLGN_SKE_CAMUNDA_COCKPIT\": \"Operaton Cockpit\"}\n");
    assertThat(read(to.resolve("proses.bpmn"))).as("a model is copied as it is")
        .isEqualTo("<camunda:property name=\"org.camunda.bpm\" />");
  }

  @Test
  void aSecondRunWritesNothingAndFilesGoneFromTheSourcesGoFromTheCopy() throws Exception {
    Path from = folder.resolve("src");
    Path extra = folder.resolve("extra");
    write(from.resolve("A.java"), "class A {}\n");
    write(from.resolve("B.java"), "class B {}\n");
    write(extra.resolve("C.java"), "class C {}\n");
    Path to = folder.resolve("out");
    assertThat(run(from.toString(), to.toString(), extra.toString(), to.toString()))
        .as("two folders into one").contains("3 files, 3 written, 0 deleted");
    long written = Files.getLastModifiedTime(to.resolve("A.java")).toMillis();

    Files.delete(from.resolve("B.java"));
    assertThat(run(from.toString(), to.toString(), extra.toString(), to.toString()))
        .contains("2 files, 0 written, 1 deleted");
    assertThat(to.resolve("B.java")).doesNotExist();
    assertThat(to.resolve("C.java")).exists();
    assertThat(Files.getLastModifiedTime(to.resolve("A.java")).toMillis()).isEqualTo(written);
  }

  @Test
  void aWrongCallIsRefusedNamingWhatIsWrong() throws Exception {
    assertThat(run(folder.resolve("missing").toString(), folder.resolve("out").toString()))
        .contains("exit 1").contains("missing is not a folder");
    assertThat(run(folder.toString())).contains("exit 1").contains("usage: java OperatonSources.java FROM TO");
  }

  /** Runs the step as the build does; its output and, if it failed, "exit N". */
  private static String run(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        Path.of("src/build/OperatonSources.java").toAbsolutePath().toString()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return process.exitValue() == 0 ? output : output + "exit " + process.exitValue();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file);
  }
}
