package org.sopflow.roles;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
  private final RoleCatalogue catalogue;
  private final Set<String> groups;

  ReportReaders(IdentityService identityService, RoleCatalogue catalogue) {
    this.identityService = identityService;
    this.catalogue = catalogue;
    this.groups = Stream.concat(Stream.of(Groups.CAMUNDA_ADMIN, MONITORING_GROUP),
        catalogue.roles().stream().map(Role::supervisor).filter(Objects::nonNull)).collect(Collectors.toSet());
  }

  /** Whether the user the request is authenticated as may read the reports. */
  public boolean currentUserMayRead() {
    return CurrentUser.groups(identityService).stream().anyMatch(groups::contains);
  }

  /**
   * What the current user's reports cover beyond the SOPs they may read: the whole office (for
   * {@code camunda-admin}, the head of the office, and the application itself when no user is
   * authenticated), or the bidang their roles head.
   */
  public ReportScope currentScope() {
    List<String> userGroups = CurrentUser.groups(identityService);
    boolean wholeOffice = CurrentUser.id(identityService) == null || userGroups.contains(Groups.CAMUNDA_ADMIN)
        || userGroups.stream()
        .map(catalogue::find).flatMap(Optional::stream).anyMatch(role -> Role.WHOLE_OFFICE.equals(role.heads()));
    List<Role> heads = userGroups.stream().map(catalogue::find).flatMap(Optional::stream)
        .filter(role -> role.heads() != null).toList();
    return new ReportScope(wholeOffice, bidang -> heads.stream().anyMatch(role -> role.heads(bidang)));
  }

  /** Whether the user is the metrics account only: it reads the metrics and no report. */
  public boolean currentUserReadsMetricsOnly() {
    List<String> userGroups = CurrentUser.groups(identityService);
    return userGroups.contains(MONITORING_GROUP) && userGroups.stream().filter(groups::contains)
        .allMatch(MONITORING_GROUP::equals);
  }

  /** Why a user who is not a reader is refused; {@code what} names the report. */
  public String refusal(String what) {
    return what + " is for camunda-admin and supervisor roles: " + groups.stream().sorted().toList();
  }
}
