package org.sopflow.roles;

import org.sopflow.model.RoleCatalogue;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.sopflow.model.SopDefinition;

/**
 * Grants the SOP's lane roles their access in the transaction of every new deployment, whether it
 * comes from the processes folder, Camunda Modeler or {@code /engine-rest}.
 */
class SopAuthorizationDeployer implements Deployer {

  private final RoleCatalogue catalogue;

  SopAuthorizationDeployer(RoleCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    List<ProcessDefinitionEntity> definitions = deployment.getDeployedArtifacts(ProcessDefinitionEntity.class);
    if (definitions == null) {
      return;
    }
    List<SopDefinition> sops = definitions.stream().map(SopDefinition::of).flatMap(Optional::stream).toList();
    CommandContext commandContext = Context.getCommandContext();
    commandContext.runWithoutAuthorization(() -> {
      SopAuthorizations.grant(commandContext.getProcessEngineConfiguration().getAuthorizationService(), catalogue, sops);
      return null;
    });
  }
}
