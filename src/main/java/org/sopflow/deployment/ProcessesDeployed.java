package org.sopflow.deployment;

/**
 * Published after the processes folder was deployed (also when nothing in it had changed), and after
 * approved SOP versions came into force ({@code location} {@code sop-pembaruan}).
 */
public record ProcessesDeployed(String location, int files, int newProcessDefinitions) {
}
