package org.sopflow.engine.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.sopflow.model.SopReader;

/** One BPMN file read: the model, and the SOP (or its problems) of each executable process by key. */
public record ReadModel(BpmnModelInstance model, Map<String, SopReader.Result> sops) {

  static ReadModel of(byte[] xml) {
    BpmnModelInstance model = SopReader.parse(xml);
    Map<String, SopReader.Result> sops = new LinkedHashMap<>();
    SopReader.of(model).forEach(reader -> sops.put(reader.process().getId(), reader.read()));
    return new ReadModel(model, Map.copyOf(sops));
  }
}
