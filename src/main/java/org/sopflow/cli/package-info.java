/**
 * The command-line tools of the jar ({@code --lint}, {@code --documents}, {@code --import-sop},
 * {@code --export-sop}): their arguments and usage; the work is done by the modules they name.
 */
@ApplicationModule(displayName = "Command line", allowedDependencies = {"documents", "lint", "table"})
package org.sopflow.cli;

import org.springframework.modulith.ApplicationModule;
