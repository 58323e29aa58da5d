/**
 * Standard times ({@code sop.waktu}), the working calendar and its holiday files: the bottom of the
 * module graph.
 */
@ApplicationModule(displayName = "Calendar", allowedDependencies = {})
package org.sopflow.calendar;

import org.springframework.modulith.ApplicationModule;
