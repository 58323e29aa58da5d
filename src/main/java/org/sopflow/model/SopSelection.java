package org.sopflow.model;

import java.util.List;

/**
 * Which SOPs a report covers: all of them, one key, or one version of one key. Tables that record
 * runs carry {@code process_definition_key} and {@code process_definition_version}; this adds the
 * matching conditions to a query.
 *
 * @param key the SOP key, or null for every SOP
 * @param version the version, or null for every version
 */
public record SopSelection(String key, Integer version) {

  /** The conditions (each starting with {@code AND}), with their parameters appended to {@code parameters}. */
  public String conditions(List<Object> parameters) {
    String conditions = "";
    if (key != null) {
      conditions += " AND process_definition_key = ?";
      parameters.add(key);
    }
    if (version != null) {
      conditions += " AND process_definition_version = ?";
      parameters.add(version);
    }
    return conditions;
  }
}
