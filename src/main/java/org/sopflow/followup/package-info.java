/**
 * Tindak lanjut: every finding an office acts on gets an action, an owner, a due date and a check
 * that it worked, run as a case of the catalogue's SOP <i>Tindak Lanjut Hasil Evaluasi</i>
 * ({@code /api/tindak-lanjut}). The modules that own the figures say whether a finding recurred
 * ({@link org.sopflow.followup.Indicators}).
 */
@ApplicationModule(displayName = "Follow-ups", allowedDependencies = {
    "calendar", "catalog", "model", "roles", "engine::hooks", "engine::users"})
package org.sopflow.followup;

import org.springframework.modulith.ApplicationModule;
