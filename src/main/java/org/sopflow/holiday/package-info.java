/**
 * Holidays kept by the office: an administrator adds or corrects national holidays, cuti bersama
 * and the city's own days off, each with the decree that sets them, over the yearly holiday files
 * ({@code /api/kalender/libur}, Admin's <i>Hari libur</i> page); every change is recorded, takes
 * effect without a restart, and moves the deadlines not yet passed.
 */
@ApplicationModule(displayName = "Holidays", allowedDependencies = {"calendar", "deadline", "engine::users"})
package org.sopflow.holiday;

import org.springframework.modulith.ApplicationModule;
