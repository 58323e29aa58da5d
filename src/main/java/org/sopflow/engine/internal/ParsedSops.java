package org.sopflow.engine.internal;

import java.util.Optional;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.sopflow.model.SopDefinition;

/**
 * Where the SOP read at parse time is kept: a property of Camunda's parsed process definition, in
 * its deployment cache (read through {@link org.sopflow.engine.SopModels} by everyone else).
 */
public final class ParsedSops {

  private static final String PROPERTY = "sopflow.sopDefinition";

  private ParsedSops() {
  }

  public static Optional<SopDefinition> of(ProcessDefinitionImpl processDefinition) {
    return Optional.ofNullable((SopDefinition) processDefinition.getProperty(PROPERTY));
  }

  static void attach(ProcessDefinitionImpl processDefinition, SopDefinition sop) {
    processDefinition.setProperty(PROPERTY, sop);
  }
}
