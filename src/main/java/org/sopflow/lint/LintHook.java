package org.sopflow.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sopflow.engine.NewDeployment;
import org.sopflow.engine.SopEngineHook;

/**
 * Lints every BPMN file of a new deployment, whichever way it comes (the processes folder, the
 * REST API, Camunda Modeler's deploy button). Errors refuse the whole deployment with a
 * {@link ParseException} listing every finding; warnings are logged. Deployments already stored are
 * not linted again when a node loads them, so a stricter rule never stops a running SOP.
 */
public final class LintHook implements SopEngineHook {

  private static final Logger LOG = LoggerFactory.getLogger(LintHook.class);

  private final SopLint lint;

  public LintHook(SopLint lint) {
    this.lint = lint;
  }

  @Override
  public Stage stage() {
    return Stage.LINT;
  }

  @Override
  public void beforeDeploy(NewDeployment deployment) {
    Map<String, byte[]> resources = deployment.resources();
    Function<String, Optional<byte[]>> forms = deployment::form;
    List<Finding> findings = new ArrayList<>();
    resources.forEach((name, content) -> {
      if (isBpmn(name)) {
        findings.addAll(deployment.model(name).map(model -> lint.lintModel(name, model, deployment.reads(name), forms))
            .orElseGet(() -> lint.lintModel(name, content, forms)));
      }
    });
    findings.stream().filter(finding -> !finding.isError()).forEach(finding -> LOG.warn("SOP lint: {}", finding));
    List<Finding> errors = findings.stream().filter(Finding::isError).toList();
    if (!errors.isEmpty()) {
      throw refusal(deployment.name(), errors, findings);
    }
  }

  private static ParseException refusal(String deployment, List<Finding> errors, List<Finding> findings) {
    List<Problem> problems = errors.stream().<Problem>map(LintProblem::new).toList();
    List<Problem> warnings = findings.stream().filter(finding -> !finding.isError()).<Problem>map(LintProblem::new).toList();
    String message = "SOP lint refused deployment '" + deployment + "' with " + errors.size() + " error(s): "
        + String.join("; ", errors.stream().map(Finding::toString).toList());
    return new ParseException(message, errors.get(0).file(), problems, warnings);
  }

  private static boolean isBpmn(String name) {
    return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
  }
}
