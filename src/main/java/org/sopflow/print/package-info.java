/**
 * Printing, below every module that shows a page: Mustache templates with one escaper, the HTML-to-PDF
 * renderer, the report head and the SVG trend chart. It knows nothing of SOPs.
 */
@ApplicationModule(displayName = "Print", allowedDependencies = {})
package org.sopflow.print;

import org.springframework.modulith.ApplicationModule;
