package org.sopflow.documents;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.sopflow.engine.SopEngines;
import org.sopflow.engine.SopModels;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.ServiceStandards;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.StandarPelayanan;
import org.sopflow.print.Pdf;
import org.sopflow.roles.RolesHook;

/**
 * Renders the document of every SOP in a processes folder, as HTML and PDF, without the server:
 * {@code java -jar sopflow.jar --documents processes/ target/sop-documents/}. The models are read
 * by a throw-away in-memory engine with the SOP parse listeners, exactly as the server reads them.
 */
public final class DocumentCommand {

  private DocumentCommand() {
  }

  /** Writes {@code <key>.html} and {@code <key>.pdf} per SOP; returns the exit code (0, or 2 when unreadable). */
  public static int run(Path folder, Path output, PrintStream out) throws IOException {
    RoleCatalogue roles;
    try {
      roles = RoleCatalogue.readFolder(folder);
    } catch (RoleCatalogue.InvalidRoleCatalogueException e) {
      out.println("ERROR " + e.getMessage());
      return 2;
    }
    ProcessEngine engine = engine(roles);
    try {
      deploy(engine.getRepositoryService(), folder);
      Files.createDirectories(output);
      List<ProcessDefinition> definitions = engine.getRepositoryService().createProcessDefinitionQuery().list();
      ServiceStandards services = ServiceStandards.read(folder.toUri().toString());
      for (ProcessDefinition definition : definitions) {
        write(engine.getRepositoryService(), definition, output, services);
        out.println("SOP document " + output.resolve(definition.getKey() + ".pdf"));
      }
      out.printf("%d SOP documents in %s%n", definitions.size(), output);
      return 0;
    } finally {
      engine.close();
    }
  }

  private static void write(RepositoryService repository, ProcessDefinition definition, Path output,
                            ServiceStandards services) throws IOException {
    SopDefinition sop = SopModels.of(repository, definition.getId()).orElseThrow();
    String html = SopDocument.render(sop, definition.getVersion(), repository.getBpmnModelInstance(definition.getId()),
        null,
        services.carriedOutBy(sop.key()).stream().map(StandarPelayanan::nama).toList());
    Files.writeString(output.resolve(definition.getKey() + ".html"), html, StandardCharsets.UTF_8);
    Files.write(output.resolve(definition.getKey() + ".pdf"), Pdf.print(html));
  }

  private static ProcessEngine engine(RoleCatalogue roles) {
    return SopEngines.inMemory("sop-documents", List.of(new RolesHook(roles)));
  }

  private static void deploy(RepositoryService repository, Path folder) throws IOException {
    DeploymentBuilder deployment = repository.createDeployment().name("sop-documents");
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".form")).toList()) {
        deployment.addString(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
    }
    deployment.deploy();
  }
}
