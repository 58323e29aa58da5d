package org.sopflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.docs.Documenter;

/**
 * The module documentation in {@code docs/modules/} (diagrams and one canvas per module, written by
 * Spring Modulith) is what the code says today: the same lines in each file, in whatever order. After moving code between modules, refresh it with
 * {@code mvn test -Dtest=ModuleDocumentationTest -Dsop.docs.write=true}.
 */
class ModuleDocumentationTest {

  private static final Path COMMITTED = SourceTree.docs("modules");

  @Test
  void committedModuleDocumentationMatchesTheCode() throws IOException {
    boolean write = Boolean.getBoolean("sop.docs.write");
    Path generated = write ? COMMITTED : Path.of("target", "modules-docs");
    new Documenter(ModulesTest.MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
        .writeDocumentation();
    assertThat(contents(COMMITTED))
        .as("docs/modules/ is stale; refresh it with mvn test -Dtest=ModuleDocumentationTest -Dsop.docs.write=true")
        .isEqualTo(contents(generated));
  }

  private static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> paths = Files.list(folder)) {
        for (Path file : paths.filter(Files::isRegularFile).toList()) {
          // Modulith writes the same components and relations in an order that varies between runs
          files.put(file.getFileName().toString(), Files.readString(file).replace("\r\n", "\n").lines().sorted()
              .collect(Collectors.joining("\n")));
        }
      }
    }
    return files;
  }
}
