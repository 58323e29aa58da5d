package org.sopflow.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.sopflow.model.SopReader;

/**
 * Attaches to every parsed process the SOP that {@link SopDeployer} read from the same file with
 * the {@link SopReader}, before any other parse listener runs. A value that cannot be read refuses
 * the deployment; Camunda adds the file name to the message.
 */
class SopModelParseListener extends AbstractBpmnParseListener {

  /** The SOPs read for the deployments being parsed on this thread, by deployment id and process key. */
  private static final ThreadLocal<Map<String, Map<String, SopReader.Result>>> READ =
      ThreadLocal.withInitial(HashMap::new);

  static void expect(String deploymentId, Map<String, SopReader.Result> sops) {
    READ.get().put(deploymentId, sops);
  }

  static void done(String deploymentId) {
    READ.get().remove(deploymentId);
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    Map<String, SopReader.Result> sops = READ.get().getOrDefault(processDefinition.getDeploymentId(), Map.of());
    SopReader.Result read = sops.get(processDefinition.getKey());
    if (read == null) {
      throw new BpmnParseException("process '" + processDefinition.getKey() + "' was not read as an SOP", processElement);
    }
    List<String> problems = read.problems();
    if (!problems.isEmpty()) {
      throw new BpmnParseException(String.join("; ", problems), processElement);
    }
    SopModels.attach(processDefinition, read.sop());
  }
}
