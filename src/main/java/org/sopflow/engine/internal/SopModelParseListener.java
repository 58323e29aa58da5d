package org.sopflow.engine.internal;

import java.util.List;
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
public class SopModelParseListener extends AbstractBpmnParseListener {

  private final SopDeployer deployer;

  public SopModelParseListener(SopDeployer deployer) {
    this.deployer = deployer;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    SopReader.Result read = deployer.beingParsed(processDefinition.getDeploymentId()).get(processDefinition.getKey());
    if (read == null) {
      throw new BpmnParseException("process '" + processDefinition.getKey() + "' was not read as an SOP", processElement);
    }
    List<String> problems = read.problems();
    if (!problems.isEmpty()) {
      throw new BpmnParseException(String.join("; ", problems), processElement);
    }
    ParsedSops.attach(processDefinition, read.sop());
  }
}
