package org.sopflow.signing;

/** A signature that could not be made (a missing passphrase, the signing service's refusal): nothing is approved. */
public class SigningRefused extends IllegalStateException {

  SigningRefused(String message) {
    super(message);
  }
}
