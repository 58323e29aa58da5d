package org.sopflow.tracking;

import java.time.Instant;
import java.util.List;

/**
 * What a citizen may see of a request: the service, the register number, dates, the stage by step
 * and role (never a person), and the service deadline. No form value, no name, no comment.
 *
 * @param code the code the citizen typed; null when found by its instance
 * @param status diproses, selesai, ditolak, dikembalikan (from the end event reached) or dihentikan
 * @param current the steps open now; empty when ended
 * @param waitingForApplicant the office waits for the applicant (the service clock stands still)
 * @param serviceDeadline null when the SOP has no service standard
 * @param extended the deadline was extended once (e.g. UU 14/2008 Pasal 22)
 */
record TrackedRequest(String code, String processInstanceId, String sopKey, Integer sopVersion, String layanan,
                      String nomorRegister, Instant received, String status, boolean ended, List<Stage> current,
                      boolean waitingForApplicant, List<DoneStep> done, Instant serviceDeadline, boolean extended,
                      Instant endedAt, String standarPelayanan) {

  /** A step open now, by its name and its role's name. */
  record Stage(String step, String role) {
  }

  /** A step done, with when, and whether within its standard time. */
  record DoneStep(String step, String role, Instant at, boolean withinStandard) {
  }
}
