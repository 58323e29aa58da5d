/**
 * The city view: for the Bagian Organisasi, every perangkat daerah's SOPs by state, services
 * without an SOP, findings, steps on time and IKM, with the city's totals ({@code GET /api/kota});
 * and an OPD added while the server runs ({@code POST /api/kota/opd}).
 */
@ApplicationModule(displayName = "City view", allowedDependencies = {
    "calendar", "engine::users", "model", "monitoring", "print", "register", "roles", "survey"})
package org.sopflow.city;

import org.springframework.modulith.ApplicationModule;
