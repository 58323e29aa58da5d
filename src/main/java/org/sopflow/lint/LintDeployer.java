package org.sopflow.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lints every BPMN file of a new deployment, whichever way it comes (the processes folder, the
 * REST API, Camunda Modeler's deploy button). Errors refuse the whole deployment with a
 * {@link ParseException} listing every finding; warnings are logged. Deployments already stored are
 * not linted again when a node loads them, so a stricter rule never stops a running SOP.
 */
class LintDeployer implements Deployer {

  private static final Logger LOG = LoggerFactory.getLogger(LintDeployer.class);

  private final SopLint lint;

  LintDeployer(SopLint lint) {
    this.lint = lint;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    Map<String, byte[]> deploymentForms = formsOf(deployment);
    Function<String, Optional<byte[]>> forms = id -> Optional.ofNullable(deploymentForms.get(id))
        .or(() -> deployedForm(id));
    List<Finding> findings = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (isBpmn(resource.getName())) {
        findings.addAll(lint.lintModel(resource.getName(), resource.getBytes(), forms));
      }
    }
    findings.stream().filter(finding -> !finding.isError()).forEach(finding -> LOG.warn("SOP lint: {}", finding));
    List<Finding> errors = findings.stream().filter(Finding::isError).toList();
    if (!errors.isEmpty()) {
      throw refusal(deployment, errors, findings);
    }
  }

  private static ParseException refusal(DeploymentEntity deployment, List<Finding> errors, List<Finding> findings) {
    List<Problem> problems = errors.stream().<Problem>map(LintProblem::new).toList();
    List<Problem> warnings = findings.stream().filter(finding -> !finding.isError()).<Problem>map(LintProblem::new).toList();
    String message = "SOP lint refused deployment '" + deployment.getName() + "' with " + errors.size() + " error(s): "
        + String.join("; ", errors.stream().map(Finding::toString).toList());
    return new ParseException(message, errors.get(0).file(), problems, warnings);
  }

  private static Map<String, byte[]> formsOf(DeploymentEntity deployment) {
    Map<String, byte[]> forms = new HashMap<>();
    deployment.getResources().values().stream().filter(resource -> resource.getName().endsWith(".form"))
        .forEach(resource -> SopLint.formId(resource.getBytes()).ifPresent(id -> forms.put(id, resource.getBytes())));
    return forms;
  }

  /** The latest deployed version of a form, as the task will open it. */
  private static Optional<byte[]> deployedForm(String formId) {
    CommandContext context = Context.getCommandContext();
    CamundaFormDefinitionEntity form = context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId);
    if (form == null) {
      return Optional.empty();
    }
    ResourceEntity resource = context.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName());
    return Optional.of(resource == null ? new byte[0] : resource.getBytes());
  }

  private static boolean isBpmn(String name) {
    return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
  }
}
