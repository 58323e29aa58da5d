package org.sopflow.model;

/**
 * A role (pelaksana) of the SOPs: its id is the Camunda group id and the id of every lane that
 * stands for it; the supervisor is the role one level up, or null at the top.
 */
public record Role(String id, String name, String supervisor) {
}
