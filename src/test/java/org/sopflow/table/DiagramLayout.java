package org.sopflow.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/** Checks an imported diagram on its shape bounds: no two shapes overlap, and no flow crosses a shape. */
public final class DiagramLayout {

  private DiagramLayout() {
  }

  /** Asserts the layout is clean and returns how many flow-node shapes were checked. */
  public static int checkedShapes(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<BpmnShape> nodes = model.getModelElementsByType(BpmnShape.class).stream()
        .filter(shape -> shape.getBpmnElement() instanceof FlowNode).toList();
    assertThat(nodes).as("every flow node of %s has its shape", file)
        .hasSameSizeAs(model.getModelElementsByType(FlowNode.class));
    for (BpmnShape a : nodes) {
      for (BpmnShape b : nodes) {
        if (a != b) {
          assertThat(bounds(a).intersects(bounds(b))).as("%s: %s overlaps %s", file, a.getBpmnElement().getId(),
              b.getBpmnElement().getId()).isFalse();
        }
      }
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      SequenceFlow flow = (SequenceFlow) edge.getBpmnElement();
      List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
      for (BpmnShape node : nodes) {
        String id = node.getBpmnElement().getId();
        if (id.equals(flow.getSource().getId()) || id.equals(flow.getTarget().getId())) {
          continue;
        }
        for (int i = 1; i < points.size(); i++) {
          assertThat(bounds(node).intersectsLine(points.get(i - 1).getX(), points.get(i - 1).getY(),
              points.get(i).getX(), points.get(i).getY())).as("%s: %s crosses %s", file, flow.getId(), id).isFalse();
        }
      }
    }
    return nodes.size();
  }

  private static Rectangle bounds(BpmnShape shape) {
    var b = shape.getBounds();
    return new Rectangle(b.getX().intValue(), b.getY().intValue(), b.getWidth().intValue(), b.getHeight().intValue());
  }
}
