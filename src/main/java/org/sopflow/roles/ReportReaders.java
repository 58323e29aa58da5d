package org.sopflow.roles;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.sopflow.engine.CurrentUser;
import org.sopflow.model.Role;
import org.sopflow.model.RoleCatalogue;
import org.springframework.stereotype.Component;

/**
 * Who may read the managers' reports (the maladministration log, the timing figures, the metrics):
 * {@code camunda-admin} members, supervisor roles (roles some role of the catalogue reports to), and
 * the {@code sop-monitoring} group an operator may create for a Prometheus user.
 */
@Component
public class ReportReaders {

  public static final String MONITORING_GROUP = "sop-monitoring";

  private final IdentityService identityService;
  private final Set<String> groups;

  ReportReaders(IdentityService identityService, RoleCatalogue catalogue) {
    this.identityService = identityService;
    this.groups = Stream.concat(Stream.of(Groups.CAMUNDA_ADMIN, MONITORING_GROUP),
        catalogue.roles().stream().map(Role::supervisor).filter(Objects::nonNull)).collect(Collectors.toSet());
  }

  /** Whether the user the request is authenticated as may read the reports. */
  public boolean currentUserMayRead() {
    return CurrentUser.groups(identityService).stream().anyMatch(groups::contains);
  }

  /** Why a user who is not a reader is refused; {@code what} names the report. */
  public String refusal(String what) {
    return what + " is for camunda-admin and supervisor roles: " + groups.stream().sorted().toList();
  }
}
