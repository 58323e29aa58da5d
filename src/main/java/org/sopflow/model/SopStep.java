package org.sopflow.model;

import org.sopflow.calendar.CalendarKind;
import org.sopflow.calendar.StandardTime;

/**
 * One activity (kegiatan) of an SOP with its mutu baku, as the modeller wrote it in the BPMN file;
 * or an intermediate event where the office waits for the applicant.
 *
 * @param role the id of the lane the activity lies in, which is the Camunda group of its pelaksana
 * @param waktu the standard time ({@code sop.waktu}), or null when the activity has none; with
 *     {@code tenggatDari}, the lead time before that date
 * @param sumberWaktu {@code sop.sumber-waktu}: where the standard time comes from (a regulation, or
 *     the office's own choice), printed once below the SOP document's table; or null
 * @param perpanjanganLayanan extension of the service deadline granted when this activity completes, or null
 * @param waktuLayanan {@code sop.waktu-layanan} on the step: when an instance reaches it, this is the
 *     service standard from the instance's start (the standard of a kind of request, chosen on the
 *     way); or null
 * @param calendar the calendar its times run on: its own {@code sop.kalender}, else the SOP's
 * @param menungguPemohon {@code sop.menunggu-pemohon}: the office waits for the applicant here, so its
 *     time does not count against the service standard and it has no standard of its own
 * @param tenggatDari {@code sop.tenggat-dari}: the process variable holding the date the step is due
 *     by, or null when it is due {@code waktu} after it begins
 */
public record SopStep(
    String activityId,
    String name,
    String type,
    String role,
    StandardTime waktu,
    String sumberWaktu,
    String kelengkapan,
    String output,
    String keterangan,
    StandardTime perpanjanganLayanan,
    StandardTime waktuLayanan,
    CalendarKind calendar,
    boolean menungguPemohon,
    String tenggatDari) {

  /** A step no model describes any more (an instance migrated away from it): only its id is known. */
  public static SopStep unknown(String activityId) {
    return new SopStep(activityId, null, null, null, null, null, null, null, null, null, null, CalendarKind.HARI_KERJA,
        false, null);
  }

  public boolean isUserTask() {
    return "userTask".equals(type);
  }

  /** Whether the step gets a standard deadline of its own: from its waktu, or from a date of the request. */
  public boolean hasStandardDeadline() {
    return !menungguPemohon && (waktu != null || tenggatDari != null);
  }
}
