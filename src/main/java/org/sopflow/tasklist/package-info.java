/**
 * The shared Tasklist filters (Tugas bagian saya, Terlambat, ...).
 */
@ApplicationModule(displayName = "Tasklist filters", allowedDependencies = {
    "deadline", "model", "roles"})
package org.sopflow.tasklist;

import org.springframework.modulith.ApplicationModule;
