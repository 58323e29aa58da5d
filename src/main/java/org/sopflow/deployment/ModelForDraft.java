package org.sopflow.deployment;

/**
 * An SOP model of the processes folder that is not deployed but becomes a draft of its SOP
 * ({@code sop.processes.deploy: draft}); the renewal module stores it, or nothing where the file
 * holds nothing new. Published at start-up and when the watched folder changes.
 *
 * @param fileName relative to the folder, e.g. {@code pip/pip-permohonan-informasi.bpmn}
 */
public record ModelForDraft(String fileName, String content) {
}
