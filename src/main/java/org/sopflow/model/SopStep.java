package org.sopflow.model;

import org.sopflow.calendar.StandardTime;

/**
 * One activity (kegiatan) of an SOP with its mutu baku, as the modeller wrote it in the BPMN file.
 *
 * @param role the id of the lane the activity lies in, which is the Camunda group of its pelaksana
 * @param waktu the standard time ({@code sop.waktu}), or null when the activity has none
 * @param perpanjanganLayanan extension of the service deadline granted when this activity completes, or null
 */
public record SopStep(
    String activityId,
    String name,
    String type,
    String role,
    StandardTime waktu,
    String kelengkapan,
    String output,
    String keterangan,
    StandardTime perpanjanganLayanan) {

  public boolean isUserTask() {
    return "userTask".equals(type);
  }
}
