package org.sopflow.model;

/** A lane of the SOP diagram: the id is the role (Camunda group), the name what staff read. */
public record SopLane(String id, String name) {
}
