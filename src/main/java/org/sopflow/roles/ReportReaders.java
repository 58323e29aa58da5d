package org.sopflow.roles;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.engine.CurrentUser;
import org.sopflow.model.Opd;
import org.sopflow.model.Opds;
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
  private final Opds opds;
  private final SopCatalog catalog;
  private final String cityGroup;

  ReportReaders(IdentityService identityService, RoleCatalogue catalogue, Opds opds, CityProperties city,
                SopCatalog catalog) {
    this.catalog = catalog;
    this.identityService = identityService;
    this.opds = opds;
    this.catalogue = catalogue;
    this.cityGroup = city.group();
  }

  /** Whether the user the request is authenticated as may read the reports: a supervisor, the city, an admin. */
  public boolean currentUserMayRead() {
    Set<String> readers = readerGroups();
    return CurrentUser.groups(identityService).stream().anyMatch(readers::contains);
  }

  /** The groups that read reports, as the catalogue is now (an OPD added while the server runs adds its own). */
  private Set<String> readerGroups() {
    return Stream.concat(Stream.of(Groups.CAMUNDA_ADMIN, MONITORING_GROUP, cityGroup),
        catalogue.roles().stream().map(Role::supervisor).filter(Objects::nonNull)).collect(Collectors.toSet());
  }

  /**
   * What the current user's report of their own OPD covers (the first OPD whose role they hold; the
   * installation's first OPD for {@code camunda-admin} and the application itself).
   */
  public ReportScope currentScope() {
    return currentScope(null);
  }

  /**
   * What the current user's report of an OPD covers beyond the SOPs they may read: the whole OPD (for
   * {@code camunda-admin}, the head of the OPD, and the application itself when no user is
   * authenticated), or the bidang their roles in it head.
   *
   * @param opd the OPD's id (tenant), or null for the reader's own
   * @throws NotReaderOfOpd when the reader holds no role of that OPD and is no administrator
   */
  public ReportScope currentScope(String opd) {
    if (opd != null && opds.find(opd).isEmpty()) {
      throw new NotReaderOfOpd(org.springframework.http.HttpStatus.BAD_REQUEST, "opd: '" + opd + "' is no OPD of this"
          + " installation; known: " + opds.all().stream().map(Opd::tenantId).toList());
    }
    return scopeIn(opd).orElseThrow(() -> new NotReaderOfOpd(org.springframework.http.HttpStatus.FORBIDDEN,
        "opd: the reports of '" + opd + "' are for its own roles"));
  }

  /**
   * The current user's scope in the OPD of something (a follow-up's; null: their own OPD), or empty
   * when they hold no role of it.
   */
  public Optional<ReportScope> scopeIn(String opd) {
    List<String> userGroups = CurrentUser.groups(identityService);
    boolean everyOpd = CurrentUser.id(identityService) == null || userGroups.contains(Groups.CAMUNDA_ADMIN)
        || userGroups.contains(cityGroup);
    List<Role> held = userGroups.stream().map(catalogue::find).flatMap(Optional::stream).toList();
    String chosen = opd != null ? opd : held.stream().map(role -> catalogue.opdOf(role.id()))
        .flatMap(Optional::stream).findFirst().orElse(opds.all().get(0).tenantId());
    List<Role> inOpd = held.stream().filter(role -> Objects.equals(catalogue.opdOf(role.id()).orElse(null), chosen))
        .toList();
    if (!everyOpd && inOpd.isEmpty()) {
      return Optional.empty();
    }
    boolean wholeOffice = everyOpd || inOpd.stream().anyMatch(role -> Role.WHOLE_OFFICE.equals(role.heads()));
    List<Role> heads = inOpd.stream().filter(role -> role.heads() != null).toList();
    return Optional.of(new ReportScope(chosen, wholeOffice, bidang -> heads.stream().anyMatch(role -> role.heads(bidang))));
  }

  /** A report of an OPD the reader holds no role of (403), or of no OPD at all (400). */
  public static class NotReaderOfOpd extends org.springframework.web.server.ResponseStatusException {
    NotReaderOfOpd(org.springframework.http.HttpStatus status, String message) {
      super(status, message);
    }
  }

  /**
   * Which rows of the SOP layer's metrics the current user reads, by their {@code role} and {@code sop}
   * labels: in a city, a supervisor of one OPD reads the rows of its OPD's roles (a hand-off to it
   * included), and the rows without role of its OPD's SOPs; empty for who reads them all (the metrics
   * account, the city's group, {@code camunda-admin}) and on an installation of one OPD.
   */
  public Optional<BiPredicate<String, String>> ownMetricRows() {
    List<String> userGroups = CurrentUser.groups(identityService);
    if (!opds.city() || currentUserReadsEveryOpd() || userGroups.contains(MONITORING_GROUP)) {
      return Optional.empty();
    }
    String opd = currentScope().opd();
    Set<String> sops = catalog.latestOf(opd).stream().map(deployed -> deployed.sop().key()).collect(Collectors.toSet());
    return Optional.of((role, sop) -> role != null ? catalogue.opdOf(role).filter(opd::equals).isPresent()
        : sop != null && sops.contains(sop));
  }

  /** Whether the user reads every OPD's figures: {@code camunda-admin} or the city's group (Bagian Organisasi). */
  public boolean currentUserReadsEveryOpd() {
    List<String> userGroups = CurrentUser.groups(identityService);
    return userGroups.contains(Groups.CAMUNDA_ADMIN) || userGroups.contains(cityGroup);
  }

  /**
   * Builds a report of the figures: as the engine for the city's readers, who read every OPD's
   * figures but belong to no OPD's tenant (so Camunda would show them no SOP); as the user otherwise.
   */
  public <T> T figures(java.util.function.Supplier<T> report) {
    List<String> userGroups = CurrentUser.groups(identityService);
    return userGroups.contains(cityGroup) && !userGroups.contains(Groups.CAMUNDA_ADMIN)
        ? CurrentUser.asEngine(identityService, report) : report.get();
  }

  /** Whether the user is the metrics account only: it reads the metrics and no report. */
  public boolean currentUserReadsMetricsOnly() {
    List<String> userGroups = CurrentUser.groups(identityService);
    Set<String> readers = readerGroups();
    return userGroups.contains(MONITORING_GROUP) && userGroups.stream().filter(readers::contains)
        .allMatch(MONITORING_GROUP::equals);
  }

  /** Why a user who is not a reader is refused; {@code what} names the report. */
  public String refusal(String what) {
    return what + " is for camunda-admin and supervisor roles: " + readerGroups().stream().sorted().toList();
  }
}
