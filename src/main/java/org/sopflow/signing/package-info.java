/**
 * The electronic signature of an approved SOP document (PAdES): a signer behind one interface, a
 * PKCS#12 key the office configures or the national signing service (BSrE), and the check that a
 * signed PDF is unchanged.
 */
@ApplicationModule(displayName = "Signing", allowedDependencies = {"calendar", "print"})
package org.sopflow.signing;

import org.springframework.modulith.ApplicationModule;
