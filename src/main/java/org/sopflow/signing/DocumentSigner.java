package org.sopflow.signing;

import org.sopflow.print.Pdf.Place;

/** Signs a PDF electronically (PAdES), the visible signature in the place the document keeps for it. */
public interface DocumentSigner {

  /**
   * @param place where the visible signature goes; null signs without one
   * @return the signed PDF: the given one with the signature appended (an incremental update)
   */
  byte[] sign(byte[] pdf, Place place, Signatory signatory);

  /** Whether the approver gives a passphrase with each signature (the national signing service does). */
  default boolean asksPassphrase() {
    return false;
  }

  /** Whether this signer signs at all ({@code sop.signing.mode: none} does not). */
  default boolean signs() {
    return true;
  }

  /**
   * Who signs and why, as the visible signature shows it.
   *
   * @param name the approver as the document names them, e.g. "Kepala Dinas Komunikasi dan Informatika"
   * @param reason e.g. "Pengesahan SOP nomor 800/12/425.116/2026"
   * @param passphrase the signer's passphrase where the signing service asks for one at each signature
   *     (BSrE); never stored
   */
  record Signatory(String name, String reason, String passphrase) {

    @Override
    public String toString() {
      return "Signatory[" + name + ", " + reason + "]";
    }
  }
}
