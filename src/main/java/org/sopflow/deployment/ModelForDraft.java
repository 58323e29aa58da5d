package org.sopflow.deployment;

/**
 * An SOP model of the processes folder that is not deployed but becomes a draft of its SOP
 * ({@code sop.processes.deploy: draft}); the renewal module stores it, or nothing where the file
 * holds nothing new. Published at start-up and when the watched folder changes.
 *
 * @param tenantId the OPD whose folder holds it, null without tenant
 * @param fileName relative to the OPD's folder, e.g. {@code pip/pip-permohonan-informasi.bpmn}
 */
public record ModelForDraft(String tenantId, String fileName, String content) {
}
