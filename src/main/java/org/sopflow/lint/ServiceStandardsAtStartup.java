package org.sopflow.lint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sopflow.engine.SopModels;
import org.sopflow.model.ServiceStandards;
import org.sopflow.model.SopProperty;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lints the Standar Pelayanan files of the processes folder once the folder is deployed (after
 * {@code ProcessesDeployer}), against the SOPs deployed now, and logs each finding. An SP file
 * deploys nothing, so a broken one refuses nothing: it is named in the log, and the service
 * register leaves it out.
 */
@Component
@Order(30)
class ServiceStandardsAtStartup implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceStandardsAtStartup.class);

  private final RepositoryService repository;
  private final ServiceStandards standards;
  private final SopLint lint;

  ServiceStandardsAtStartup(RepositoryService repository, ServiceStandards standards, SopLint lint) {
    this.repository = repository;
    this.standards = standards;
    this.lint = lint;
  }

  @Override
  public void run(ApplicationArguments args) {
    check().forEach(finding -> {
      if (finding.isError()) {
        LOG.error("Standar Pelayanan lint: {}", finding);
      } else {
        LOG.warn("Standar Pelayanan lint: {}", finding);
      }
    });
  }

  /** The findings of every SP file against the latest version of every deployed SOP. */
  List<Finding> check() {
    Map<String, String> serviceTimes = new HashMap<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      SopModels.of(repository, definition.getId()).ifPresent(sop ->
          serviceTimes.put(sop.key(), sop.identity(SopProperty.WAKTU_LAYANAN)));
    }
    return lint.checkServiceStandards(standards, serviceTimes);
  }
}
