/**
 * The SOP as the modeller writes it: {@code SopReader} reads a BPMN model into a {@code
 * SopDefinition}; roles.yaml, Standar Pelayanan files and the documented SOPs.
 */
@ApplicationModule(displayName = "SOP model", allowedDependencies = {
    "calendar"})
package org.sopflow.model;

import org.springframework.modulith.ApplicationModule;
