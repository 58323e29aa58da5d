package org.sopflow.model;

import org.sopflow.model.ProcessesProperties.OpdFolder;

/**
 * An OPD was added while the server runs ({@link OpdAddition}): its roles, services and calendar are
 * part of the installation's; what listens makes its tenant, groups and grants and deploys its models.
 */
public record OpdAdded(Opd opd, OpdFolder folder) {
}
