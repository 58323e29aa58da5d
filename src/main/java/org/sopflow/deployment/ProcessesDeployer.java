package org.sopflow.deployment;

import org.springframework.context.event.EventListener;
import org.sopflow.model.Opds;
import org.sopflow.model.OpdAdded;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sopflow.model.ProcessesProperties.DeployMode;
import org.sopflow.model.ProcessesProperties;
import org.sopflow.model.ProcessesProperties.OpdFolder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every {@code *.bpmn}, {@code *.dmn} and {@code *.form} of each OPD's folder at start-up, to
 * the OPD's tenant (one deployment line per OPD). Camunda's duplicate filtering compares each file with its last deployed version, so
 * only changed files become new versions. A broken file refuses the whole deployment and stops the
 * start-up with Camunda's message naming the file; what was deployed before stays as it was. With
 * {@code sop.processes.deploy: draft} an SOP model is not deployed but stored as a draft of its SOP
 * (a broken one is refused, named in the log, and the others go on).
 */
@Component
@Order(20)
public class ProcessesDeployer implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessesDeployer.class);
  private static final List<String> EXTENSIONS = List.of("bpmn", "dmn", "form");

  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resources;
  private final ProcessesProperties properties;
  private final ApplicationEventPublisher events;
  private final Opds opds;

  ProcessesDeployer(RepositoryService repositoryService, ResourcePatternResolver resources,
                    ProcessesProperties properties, ApplicationEventPublisher events, Opds opds) {
    this.opds = opds;
    this.repositoryService = repositoryService;
    this.resources = resources;
    this.properties = properties;
    this.events = events;
  }

  @Override
  public void run(ApplicationArguments args) {
    deploy();
  }

  /** Deploys what changed in every OPD's folder. */
  public void deploy() {
    deployExcept(Set.of());
  }

  /**
   * Deploys what changed, leaving out the named files (relative to the location, e.g.
   * {@code diskominfo/pip/x.bpmn}), whose last deployed versions stay in use.
   */
  public void deployExcept(Set<String> leftOut) {
    opds.folders().forEach(opd -> deployExcept(opd, leftOut));
  }

  /** An OPD added while the server runs: its models are deployed to its tenant. */
  @EventListener
  @Order(20)
  void opdAdded(OpdAdded added) {
    deployExcept(added.folder(), Set.of());
  }

  /** One OPD's folder; returns the deployment, or null when there was nothing to deploy. */
  private DeploymentWithDefinitions deployExcept(OpdFolder opd, Set<String> leftOut) {
    List<ModelFile> files = modelFiles(opd).stream().filter(file -> !leftOut.contains(opd.path() + file.name())).toList();
    if (files.isEmpty()) {
      LOG.warn("No model files (*.bpmn, *.dmn, *.form) in {}; nothing deployed", opd.folder());
      return null;
    }
    if (properties.deploy() == DeployMode.DRAFT) {
      files.stream().filter(ModelFile::isSop)
          .forEach(file -> events.publishEvent(new ModelForDraft(opd.tenantId(), file.name(), file.content())));
      files = files.stream().filter(file -> !file.isSop()).toList();
      if (files.isEmpty()) {
        return null;
      }
    }
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(properties.deploymentName())
        .source(opd.folder())
        .tenantId(opd.tenantId())
        .enableDuplicateFiltering(true);
    for (ModelFile file : files) {
      builder.addString(file.name(), file.content());
    }
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    int definitions = deployment.getDeployedProcessDefinitions() == null ? 0
        : deployment.getDeployedProcessDefinitions().size();
    LOG.info("{} model files found in {}; {} new process definition versions", files.size(), opd.folder(),
        definitions);
    events.publishEvent(new ProcessesDeployed(opd.folder(), files.size(), definitions));
    return deployment;
  }

  private List<ModelFile> modelFiles(OpdFolder opd) {
    try {
      String base = resources.getResource(opd.folder()).getURL().toString();
      List<ModelFile> files = new ArrayList<>();
      for (String extension : EXTENSIONS) {
        for (Resource resource : resources.getResources(opd.folder() + "**/*." + extension)) {
          files.add(ModelFile.read(resource, base));
        }
      }
      files.sort(Comparator.comparing(ModelFile::name));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the SOP models in " + opd.folder(), e);
    }
  }

  /** A model file under its path relative to the OPD's folder, e.g. {@code pip/permohonan.bpmn}. */
  private record ModelFile(String name, String content) {

    boolean isSop() {
      return name.endsWith(".bpmn");
    }

    static ModelFile read(Resource resource, String base) throws IOException {
      String url = resource.getURL().toString();
      String name = url.startsWith(base) ? url.substring(base.length()) : resource.getFilename();
      try (InputStream in = resource.getInputStream()) {
        return new ModelFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }
}
