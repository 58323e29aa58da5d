package org.sopflow.deployment;

/** Published after the processes folder was deployed, also when nothing in it had changed. */
public record ProcessesDeployed(String location, int files, int newProcessDefinitions) {
}
