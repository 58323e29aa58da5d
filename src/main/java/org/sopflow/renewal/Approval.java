package org.sopflow.renewal;

import java.time.LocalDate;

/**
 * What the head of the office gives a version on approval (pengesahan).
 *
 * @param nomor the SOP's number as registered by the office
 * @param disahkanOleh the approving official as printed on the document (name and position)
 * @param tanggalEfektif the day the version comes into force, from 00:00 on the office's calendar
 */
public record Approval(String nomor, String disahkanOleh, LocalDate tanggalEfektif) {
}
