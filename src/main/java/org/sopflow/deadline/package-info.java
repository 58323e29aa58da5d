/**
 * Standard and service deadlines on the working calendar, the overdue detector, escalation and the
 * deadline records.
 */
@ApplicationModule(displayName = "Deadline", allowedDependencies = {
    "calendar", "deviation", "model", "engine::hooks", "engine::sql", "engine::models"})
package org.sopflow.deadline;

import org.springframework.modulith.ApplicationModule;
