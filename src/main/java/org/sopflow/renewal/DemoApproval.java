package org.sopflow.renewal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.engine.CurrentUser;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The demo only: one call approves every SOP of the catalogue that has no approved version, with a
 * number that says DEMO, in force today, so that the demo shows signed documents and the register
 * approved SOPs. An office approves each SOP itself ({@code /api/versi/{id}/sahkan}).
 */
@Profile("demo")
@RestController
class DemoApproval {

  static final String APPROVER = "Kepala Dinas Komunikasi dan Informatika (demo)";
  private static final Set<VersionState> DECIDED = EnumSet.of(VersionState.DISAHKAN, VersionState.BERLAKU,
      VersionState.DICABUT);

  private final SopVersions versions;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final Clock clock;
  private final WorkingCalendar calendar;

  DemoApproval(SopVersions versions, RepositoryService repository, IdentityService identity, Clock clock,
               WorkingCalendar calendar) {
    this.versions = versions;
    this.repository = repository;
    this.identity = identity;
    this.clock = clock;
    this.calendar = calendar;
  }

  /** The versions approved, by SOP key. */
  record Disahkan(List<String> sop) {
  }

  @PostMapping(path = "/api/versi/demo/sahkan-semua", produces = "application/json")
  Disahkan approveAll() {
    if (!CurrentUser.isAdmin(identity)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Approving SOPs is for camunda-admin");
    }
    String user = CurrentUser.id(identity);
    LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
    List<String> approved = new ArrayList<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion()
        .orderByProcessDefinitionKey().asc().list()) {
      String key = definition.getKey();
      if (versions.ofSop(key).stream().anyMatch(version -> DECIDED.contains(version.state()))) {
        continue; // approved already, or withdrawn
      }
      SopVersion draft = pending(key).orElseGet(() -> versions.startRenewal(key, "Pengesahan demo", user));
      if (draft.state() == VersionState.DRAF) {
        versions.submitForVerification(draft.id());
      }
      versions.approve(draft.id(), new Approval("DEMO/" + (approved.size() + 1) + "/" + today.getYear(), APPROVER,
          today), user);
      approved.add(key);
    }
    return new Disahkan(approved);
  }

  private Optional<SopVersion> pending(String key) {
    return versions.ofSop(key).stream().filter(version -> version.state() == VersionState.DRAF
        || version.state() == VersionState.DIAJUKAN).findFirst();
  }
}
