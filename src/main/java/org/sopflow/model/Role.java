package org.sopflow.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A role (pelaksana) of the SOPs: its id is the Camunda group id and the id of every lane that
 * stands for it; the supervisor is the role one level up, or null at the top.
 *
 * @param heads the bidang this role heads, as the SOPs' {@code sop.bidang} begins; {@code *} for the
 *     head of the office; null for a role that heads none. Its holders read the reports of those SOPs.
 * @param perAgency the role stands for "the agency concerned": the catalogue holds one role per agency
 *     ({@code <id>.<agency>}), and a step in its lane is offered to the agency a case names
 * @param namedBy the role stands for "the role the case names" in this process variable (the
 *     responsible of a follow-up): a step in its lane is offered to that role
 */
public record Role(String id, String name, String supervisor, String heads,
                   @JsonProperty("per-agency") Boolean perAgency, @JsonProperty("named-by") String namedBy) {

  /** Whether a case's step in this lane goes to one agency's role rather than to this role. */
  public boolean isPerAgency() {
    return Boolean.TRUE.equals(perAgency);
  }

  /** Whether a case's step in this lane goes to another role, chosen by the case (per agency, or named). */
  public boolean isStandIn() {
    return isPerAgency() || namedBy != null;
  }

  public static final String WHOLE_OFFICE = "*";

  /** Whether this role heads the bidang an SOP names (its {@code sop.bidang}, perhaps with " - " and a unit). */
  public boolean heads(String bidang) {
    return WHOLE_OFFICE.equals(heads) || heads != null && bidang != null
        && (bidang.equals(heads) || bidang.startsWith(heads + " - "));
  }
}
