package org.sopflow.renewal;

import java.time.LocalDate;

/**
 * What the head of the office gives a version on approval (pengesahan).
 *
 * @param nomor the SOP's number as registered by the office
 * @param disahkanOleh the approving official as printed on the document (name and position)
 * @param tanggalEfektif the day the version comes into force, from 00:00 on the office's calendar
 * @param passphrase the approver's passphrase where the national signing service signs
 *     ({@code sop.signing.mode: bsre}); passed on, never stored
 */
public record Approval(String nomor, String disahkanOleh, LocalDate tanggalEfektif, String passphrase) {

  public Approval(String nomor, String disahkanOleh, LocalDate tanggalEfektif) {
    this(nomor, disahkanOleh, tanggalEfektif, null);
  }

  @Override
  public String toString() {
    return "Approval[nomor=" + nomor + ", disahkanOleh=" + disahkanOleh + ", tanggalEfektif=" + tanggalEfektif + "]";
  }
}
