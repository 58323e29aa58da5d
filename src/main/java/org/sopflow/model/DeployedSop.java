package org.sopflow.model;

import org.camunda.bpm.engine.repository.ProcessDefinition;

/** A deployed version of an SOP: Camunda's process definition and the SOP model read from it. */
public record DeployedSop(ProcessDefinition definition, SopDefinition sop) {
}
