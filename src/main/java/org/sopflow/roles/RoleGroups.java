package org.sopflow.roles;

import org.springframework.context.event.EventListener;
import org.sopflow.model.OpdAdded;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sopflow.model.Opd;
import org.sopflow.model.Opds;
import org.sopflow.model.Role;
import org.sopflow.model.RoleCatalogue;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes every catalogued role a Camunda group that may open Tasklist. Safe to run at every start:
 * missing groups are created, renamed roles renamed, and groups no longer listed are left alone
 * (their history still names them).
 */
@Component
@Order(10)
class RoleGroups implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(RoleGroups.class);
  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  private final RoleCatalogue catalogue;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final Opds opds;
  private final CityProperties city;

  RoleGroups(RoleCatalogue catalogue, IdentityService identityService, AuthorizationService authorizationService,
             Opds opds, CityProperties city) {
    this.opds = opds;
    this.city = city;
    this.catalogue = catalogue;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  @Override
  public void run(ApplicationArguments args) {
    Map<String, Group> groups = identityService.createGroupQuery().list().stream()
        .collect(Collectors.toMap(Group::getId, group -> group));
    RoleGrants.Batch access = new RoleGrants.Batch();
    for (Role role : catalogue.roles()) {
      saveGroup(role.id(), role.name(), groups.get(role.id()));
      access.allow(role.id(), Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    }
    // Supervisors are the managers: Cockpit shows them their SOPs' timing (the SOP plugins).
    catalogue.roles().stream().map(Role::supervisor).filter(Objects::nonNull).distinct().forEach(supervisor ->
        access.allow(supervisor, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
    saveGroup(city.group(), city.name(), groups.get(city.group()));
    access.allow(city.group(), Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    access.save(authorizationService);
    opds.all().stream().filter(opd -> opd.tenantId() != null).forEach(this::joinTenant);
    LOG.info("{} roles of the catalogue are Camunda groups with Tasklist access (Cockpit for supervisors)",
        catalogue.roles().size());
  }

  /** An OPD added while the server runs: its tenant and its roles' groups, as at a start. */
  @EventListener
  @Order(10)
  void opdAdded(OpdAdded added) {
    run(null);
  }

  /**
   * The OPD's roles are the members of its tenant: a user sees the OPD's SOPs, cases and history
   * through the roles they hold, and nothing of another OPD's.
   */
  private void joinTenant(Opd opd) {
    String tenantId = opd.tenantId();
    Tenant tenant = identityService.createTenantQuery().tenantId(tenantId).singleResult();
    if (tenant == null || !Objects.equals(tenant.getName(), opd.label())) {
      tenant = tenant == null ? identityService.newTenant(tenantId) : tenant;
      tenant.setName(opd.label());
      identityService.saveTenant(tenant);
    }
    Set<String> members = identityService.createGroupQuery().memberOfTenant(tenantId).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
    // its own roles, and the roles of other OPDs that work steps of its SOPs (an agency's liaison), whom
    // Camunda's tenant check must let see those steps: their grants keep them to the cases offered to them
    List<Role> working = java.util.stream.Stream.concat(catalogue.rolesOf(tenantId),
        catalogue.roles().stream().filter(role -> catalogue.guestIn(role.id()).filter(tenantId::equals).isPresent()))
        .toList();
    for (Role role : working) {
      if (!members.contains(role.id())) {
        refuseSharedGroup(role, tenantId);
        identityService.createTenantGroupMembership(tenantId, role.id());
      }
    }
  }

  /** Group ids are city-wide: a role id another OPD already uses would give its users this OPD's work. */
  private void refuseSharedGroup(Role role, String tenantId) {
    Set<String> expected = java.util.stream.Stream.of(Optional.of(tenantId), catalogue.opdOf(role.id()),
        catalogue.guestIn(role.id())).flatMap(Optional::stream).collect(Collectors.toSet());
    List<String> others = identityService.createTenantQuery().groupMember(role.id()).list().stream()
        .map(Tenant::getId).filter(other -> !expected.contains(other)).toList();
    if (!others.isEmpty()) {
      throw new IllegalStateException("roles.yaml: role '" + role.id() + "' of tenant '" + tenantId
          + "' is already a role (Camunda group) of tenant " + others + "; role ids are city-wide, give this OPD's"
          + " role an id of its own (e.g. '" + tenantId + "-" + role.id() + "')");
    }
  }

  /** @param group the role's group as stored, or null */
  private void saveGroup(String id, String name, Group group) {
    if (group == null) {
      group = identityService.newGroup(id);
    } else if (Objects.equals(group.getName(), name)) {
      return;
    }
    group.setName(name);
    group.setType(Groups.GROUP_TYPE_WORKFLOW);
    identityService.saveGroup(group);
  }
}
