/**
 * E-mail and webhook notifications: written with the engine command that causes them, sent from an
 * outbox.
 */
@ApplicationModule(displayName = "Notification", allowedDependencies = {
    "calendar", "deadline", "model", "print", "engine::hooks", "engine::sql", "engine::models", "engine::users"})
package org.sopflow.notification;

import org.springframework.modulith.ApplicationModule;
