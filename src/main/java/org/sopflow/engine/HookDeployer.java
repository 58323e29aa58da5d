package org.sopflow.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.sopflow.model.SopDefinition;

/**
 * Hands a new deployment to the hooks, before Camunda parses it ({@code before}) or after it was
 * stored. Deployments already stored are not handed again when a node loads them into its cache,
 * so a stricter check never stops a running SOP.
 */
class HookDeployer implements Deployer {

  private final List<SopEngineHook> hooks;
  private final boolean before;

  HookDeployer(List<SopEngineHook> hooks, boolean before) {
    this.hooks = hooks;
    this.before = before;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    Stored stored = new Stored(deployment, Context.getCommandContext());
    for (SopEngineHook hook : hooks) {
      if (before) {
        hook.beforeDeploy(stored);
      } else {
        stored.context.runWithoutAuthorization(() -> {
          hook.afterDeploy(stored);
          return null;
        });
      }
    }
  }

  private record Stored(DeploymentEntity deployment, CommandContext context) implements NewDeployment {

    @Override
    public String name() {
      return deployment.getName();
    }

    @Override
    public Map<String, byte[]> resources() {
      Map<String, byte[]> resources = new LinkedHashMap<>();
      deployment.getResources().forEach((name, resource) -> resources.put(name, resource.getBytes()));
      return resources;
    }

    @Override
    public Optional<byte[]> deployedForm(String formId) {
      CamundaFormDefinitionEntity form = context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId);
      if (form == null) {
        return Optional.empty();
      }
      ResourceEntity resource = context.getResourceManager()
          .findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName());
      return Optional.of(resource == null ? new byte[0] : resource.getBytes());
    }

    @Override
    public List<SopDefinition> sops() {
      List<ProcessDefinitionEntity> definitions = deployment.getDeployedArtifacts(ProcessDefinitionEntity.class);
      return definitions == null ? List.of()
          : definitions.stream().map(SopModels::of).flatMap(Optional::stream).toList();
    }

    @Override
    public AuthorizationService authorizations() {
      return context.getProcessEngineConfiguration().getAuthorizationService();
    }
  }
}
