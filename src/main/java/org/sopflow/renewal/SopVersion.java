package org.sopflow.renewal;

import java.time.Instant;
import java.time.LocalDate;
import org.sopflow.catalog.DeployedSop;

/**
 * One version of an SOP in its lifecycle.
 *
 * @param revisesDefinitionId the process definition in force when the draft was submitted, which its
 *     changes are measured against; null for a first edition
 * @param revision the revision number its approval gave it (0 for the first edition), else null
 * @param processDefinitionId the engine's process definition once in force, else null
 * @param followUpId the follow-up (tindak lanjut) whose action this renewal is, else null
 */
public record SopVersion(String id, String sopKey, VersionState state, String fileName, String submittedBy,
                         Instant submittedAt, String revisesDefinitionId, Integer revision, String nomor,
                         String disahkanOleh, String approvedBy, Instant approvedAt, LocalDate effectiveDate,
                         Instant inForceAt, String processDefinitionId, Instant endedAt, String note,
                         String followUpId) {

  /** {@code draf} until approved, then its version tag in the engine, {@code rev-N}. */
  public String label() {
    return revision == null ? "draf" : DeployedSop.approvedTag(revision);
  }
}
