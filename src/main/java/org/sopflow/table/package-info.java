/**
 * The SOP table as a spreadsheet: {@code --import-sop}, {@code --export-sop} and {@code GET
 * /api/sops/{key}/table.xlsx}.
 */
@ApplicationModule(displayName = "SOP table", allowedDependencies = {
    "calendar", "lint", "model"})
package org.sopflow.table;

import org.springframework.modulith.ApplicationModule;
