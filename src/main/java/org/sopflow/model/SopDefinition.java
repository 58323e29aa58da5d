package org.sopflow.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sopflow.calendar.CalendarKind;
import org.sopflow.calendar.StandardTime;

/**
 * The SOP read from one process definition at parse time: identity ({@code sop.*} on the process),
 * lanes and steps in flow order. Immutable; it lives on the parsed process definition in Camunda's
 * deployment cache (see {@code org.sopflow.engine.SopModels}), so every engine node that parses the model holds the same one.
 *
 * @param identity every {@code sop.*} property of the process, keyed without the {@code sop.} prefix
 * @param calendar {@code sop.kalender}: working days (default) or round the clock
 * @param serviceTime {@code sop.waktu-layanan}, or null when the SOP declares none
 * @param startRoles the roles of the lanes holding the start events: who may start the SOP
 * @param mandatoryPredecessors per step, the steps that lie on every path from the start to it: the
 *     ones an instance must have passed through before the step may begin
 * @param endStatus per end event, how a request ended there ({@code sop.status}: selesai, ditolak,
 *     dikembalikan)
 * @param timeAfterDates per variable of {@code sop.tenggat-dari}, the standard time of the steps after
 *     the step due on that day itself (the report after the event); the service is not due before
 *     that date plus this time
 */
public record SopDefinition(
    String key,
    String name,
    Map<String, String> identity,
    CalendarKind calendar,
    StandardTime serviceTime,
    List<SopLane> lanes,
    List<SopStep> steps,
    List<String> startRoles,
    Map<String, List<String>> mandatoryPredecessors,
    Map<String, String> endStatus,
    Map<String, StandardTime> timeAfterDates) {

  public SopDefinition {
    identity = Collections.unmodifiableMap(new LinkedHashMap<>(identity));
    lanes = List.copyOf(lanes);
    steps = List.copyOf(steps);
    startRoles = List.copyOf(startRoles);
    mandatoryPredecessors = Map.copyOf(mandatoryPredecessors);
    endStatus = Map.copyOf(endStatus);
    timeAfterDates = Map.copyOf(timeAfterDates);
  }

  /** Whether citizens are served by it: {@code sop.layanan-publik=true} (a Standar Pelayanan file also makes it so). */
  public boolean layananPublik() {
    return "true".equalsIgnoreCase(SopProperty.LAYANAN_PUBLIK.in(identity));
  }

  /** One property of the identity, as written; null when the model does not state it. */
  public String identity(SopProperty property) {
    return property.in(identity);
  }

  public Optional<SopStep> step(String activityId) {
    return steps.stream().filter(step -> step.activityId().equals(activityId)).findFirst();
  }

  public Optional<SopLane> lane(String roleId) {
    return lanes.stream().filter(lane -> lane.id().equals(roleId)).findFirst();
  }

  public List<String> mandatoryPredecessors(String activityId) {
    return mandatoryPredecessors.getOrDefault(activityId, List.of());
  }

  /** The time the SOP gives after the day in this date variable; empty when nothing follows a step due on that day. */
  public Optional<StandardTime> timeAfterDate(String variable) {
    return Optional.ofNullable(timeAfterDates.get(variable));
  }

  public List<String> roles() {
    return lanes.stream().map(SopLane::id).toList();
  }
}
