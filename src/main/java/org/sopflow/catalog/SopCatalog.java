package org.sopflow.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.sopflow.engine.SopModels;
import org.sopflow.model.SopDefinition;
import org.springframework.stereotype.Component;

/**
 * The deployed SOPs, as far as the current user may read their process definitions (Camunda
 * authorization applies). Models come from Camunda's deployment cache, re-parsed on a cache miss.
 */
@Component
public class SopCatalog {

  private final RepositoryService repositoryService;

  SopCatalog(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /** The latest version of every deployed SOP, ordered by key. */
  public List<DeployedSop> latest() {
    return withModels(repositoryService.createProcessDefinitionQuery().latestVersion());
  }

  /**
   * The latest version of every SOP of one OPD, ordered by key: its models only are read (a city's
   * reports of one OPD need not parse every OPD's).
   *
   * @param tenantId the OPD's; null for the SOPs deployed without tenant
   */
  public List<DeployedSop> latestOf(String tenantId) {
    ProcessDefinitionQuery query = repositoryService.createProcessDefinitionQuery().latestVersion();
    return withModels(tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId));
  }

  private List<DeployedSop> withModels(ProcessDefinitionQuery query) {
    return query.list().stream()
        .sorted(Comparator.comparing(ProcessDefinition::getKey))
        .map(this::withModel)
        .flatMap(Optional::stream)
        .toList();
  }

  /** The latest version of one SOP. */
  public Optional<DeployedSop> latest(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().list()
        .stream().findFirst().flatMap(this::withModel);
  }

  /** One version of one SOP. */
  public Optional<SopDefinition> version(String key, int version) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).processDefinitionVersion(version)
        .list().stream().findFirst().flatMap(definition -> model(definition.getId()));
  }

  /** The SOP model of one process definition, by id. */
  public Optional<SopDefinition> model(String processDefinitionId) {
    return SopModels.of(repositoryService, processDefinitionId);
  }

  private Optional<DeployedSop> withModel(ProcessDefinition definition) {
    return model(definition.getId()).map(sop -> new DeployedSop(definition, sop));
  }
}
