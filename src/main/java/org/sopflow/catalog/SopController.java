package org.sopflow.catalog;

import java.util.List;
import java.util.Map;
import org.sopflow.calendar.CalendarKind;
import org.sopflow.calendar.StandardTime;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopLane;
import org.sopflow.model.SopProperty;
import org.sopflow.model.SopStep;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/sops}: the deployed SOPs with their identity and steps. */
@RestController
@RequestMapping(path = "/api/sops", produces = "application/json")
class SopController {

  private final SopCatalog catalog;
  private final WorkingCalendar calendar;

  SopController(SopCatalog catalog, WorkingCalendar calendar) {
    this.catalog = catalog;
    this.calendar = calendar;
  }

  @GetMapping
  List<SopSummary> list() {
    return catalog.latest().stream().map(SopSummary::of).toList();
  }

  @GetMapping("/{key}")
  SopDetail get(@PathVariable String key) {
    return catalog.latest(key).map(sop -> SopDetail.of(sop, calendar.of(sop.definition().getTenantId()))).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.NOT_FOUND, "No deployed SOP with key '" + key + "' that you may read"));
  }

  /** @param status berlaku (an approved version), belum disahkan or dicabut; {@code revisi} its rev-N, if approved */
  record SopSummary(String key, String name, int version, String status, String revisi, String nomor, String jenis,
                    String bidang, int steps, List<String> roles) {
    static SopSummary of(DeployedSop deployed) {
      SopDefinition sop = deployed.sop();
      return new SopSummary(sop.key(), sop.name(), deployed.definition().getVersion(), deployed.status(),
          deployed.status().equals("berlaku") ? deployed.definition().getVersionTag() : null,
          sop.identity(SopProperty.NOMOR), sop.identity(SopProperty.JENIS),
          sop.identity(SopProperty.BIDANG), sop.steps().size(), sop.roles());
    }
  }

  record SopDetail(String key, String name, int version, String status, String processDefinitionId,
                   Map<String, String> identity, CalendarKind kalender, Time waktuLayanan,
                   List<SopLane> lanes, List<Step> steps) {
    static SopDetail of(DeployedSop deployed, WorkingCalendar calendar) {
      SopDefinition sop = deployed.sop();
      return new SopDetail(sop.key(), sop.name(), deployed.definition().getVersion(), deployed.status(),
          deployed.definition().getId(), sop.identity(), sop.calendar(),
          Time.of(sop.serviceTime(), sop.calendar(), calendar), sop.lanes(),
          sop.steps().stream().map(step -> Step.of(step, sop, calendar)).toList());
    }
  }

  /**
   * @param kalender the step's calendar, its own or the SOP's
   * @param waktuLayanan the service standard of the path this step begins (from the instance's start)
   * @param tenggatDari the variable holding the date the step is due by; {@code waktu} is then the lead time
   */
  record Step(String id, String name, String type, String role, String roleName, Time waktu, String sumberWaktu,
              String kelengkapan, String output, String keterangan, Time perpanjanganLayanan, Time waktuLayanan,
              CalendarKind kalender, boolean menungguPemohon, String tenggatDari) {
    static Step of(SopStep step, SopDefinition sop, WorkingCalendar calendar) {
      String roleName = step.role() == null ? null : sop.lane(step.role()).map(SopLane::name).orElse(null);
      return new Step(step.activityId(), step.name(), step.type(), step.role(), roleName,
          Time.of(step.waktu(), step.calendar(), calendar), step.sumberWaktu(), step.kelengkapan(), step.output(),
          step.keterangan(),
          Time.of(step.perpanjanganLayanan(), sop.calendar(), calendar), Time.of(step.waktuLayanan(), sop.calendar(), calendar),
          step.calendar(), step.menungguPemohon(),
          step.tenggatDari());
    }
  }

  /** A standard time as written and in working seconds on the SOP's calendar. */
  record Time(String text, long seconds) {
    static Time of(StandardTime time, CalendarKind kind, WorkingCalendar calendar) {
      return time == null ? null : new Time(time.text(), calendar.seconds(time, kind));
    }
  }
}
