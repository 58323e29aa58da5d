package org.sopflow.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;

/** Every participant, lane, flow node and sequence flow has a shape or edge, so the modeller sees it. */
final class DiagramCheck {

  private DiagramCheck() {
  }

  static List<Finding> run(String file, BpmnModelInstance model) {
    if (model.getModelElementsByType(BpmnDiagram.class).isEmpty()) {
      return List.of(new Finding(LintRule.DIAGRAM_SHAPE_MISSING, file, null, null, null,
          "the model has no diagram; open and save it in Camunda Modeler to lay it out"));
    }
    Set<String> drawn = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).stream().filter(shape -> shape.getBpmnElement() != null)
        .forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
    model.getModelElementsByType(BpmnEdge.class).stream().filter(edge -> edge.getBpmnElement() != null)
        .forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
    List<BaseElement> elements = new ArrayList<>();
    elements.addAll(model.getModelElementsByType(Participant.class));
    elements.addAll(model.getModelElementsByType(Lane.class));
    elements.addAll(model.getModelElementsByType(FlowNode.class));
    elements.addAll(model.getModelElementsByType(SequenceFlow.class));
    return elements.stream().filter(element -> !drawn.contains(element.getId()))
        .map(element -> new Finding(LintRule.DIAGRAM_SHAPE_MISSING, file, element.getElementType().getTypeName(),
            element.getId(), element.getAttributeValue("name"), "has no shape in the diagram; place it in Camunda Modeler"))
        .toList();
  }
}
