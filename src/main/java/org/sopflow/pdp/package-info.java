/**
 * Personal data (Pelindungan Data Pribadi, UU 27/2022): which variables of an SOP are an applicant's
 * personal data, who may see them, the log of who saw them, and how long cases are kept.
 */
@ApplicationModule(displayName = "Personal data", allowedDependencies = {
    "model", "engine::history", "engine::hooks", "engine::models", "engine::sql",
    "engine::users"})
package org.sopflow.pdp;

import org.springframework.modulith.ApplicationModule;
