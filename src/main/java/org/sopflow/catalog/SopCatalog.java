package org.sopflow.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
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
    return repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
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
