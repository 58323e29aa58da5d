package org.sopflow.catalog;

import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.sopflow.model.SopDefinition;

/** A deployed version of an SOP: Camunda's process definition and the SOP model read from it. */
public record DeployedSop(ProcessDefinition definition, SopDefinition sop) {
}
