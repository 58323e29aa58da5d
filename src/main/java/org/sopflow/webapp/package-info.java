/**
 * The Indonesian locale, WIB dates and branding of Tasklist, Cockpit and Admin.
 */
@ApplicationModule(displayName = "Webapps", allowedDependencies = {})
package org.sopflow.webapp;

import org.springframework.modulith.ApplicationModule;
