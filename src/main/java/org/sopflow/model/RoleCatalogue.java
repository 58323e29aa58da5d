package org.sopflow.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one list of roles that lanes may name ({@code processes/roles.yaml}). Loading checks that ids
 * are unique and that supervisors form a chain without cycles, so later code can trust it.
 *
 * <p>The city's catalogue (every OPD's roles) grows when an OPD is added while the server runs
 * ({@link #withOpd}, {@link #replaceWith}): its contents are replaced whole, so a reader never sees
 * half of an OPD.
 */
public final class RoleCatalogue {

  public static final String FILE_NAME = "roles.yaml";
  private static final Pattern VALID_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");

  private volatile Contents contents;

  /**
   * What the catalogue holds, replaced whole.
   *
   * @param laneRoles each agency's role to the role it stands for in lanes (opd-penghubung-lapor.dinkes:
   *     opd-penghubung-lapor)
   * @param opdOfRole each role's OPD (tenant id); a role of an OPD without tenant is not in it
   * @param guestOfRole a role of one OPD that works steps of another's SOPs (an agency that is an OPD
   *     here): that other OPD
   * @param agencyOpd the OPD each agency role stands for, where its agency is an OPD of this installation
   * @param byOpd the city's catalogue: each OPD's own, as read
   */
  private record Contents(Map<String, Role> roles, List<Agency> agencies, Map<String, String> laneRoles,
                          Map<String, String> opdOfRole, Map<String, String> guestOfRole, Map<String, String> agencyOpd,
                          Map<String, RoleCatalogue> byOpd) {
  }

  /**
   * An agency (another perangkat daerah) that per-agency roles stand for.
   *
   * @param id the suffix of its roles' ids and the value a case names it by
   * @param opd the OPD on this installation the agency is (its tenant id), or null for an agency
   *     outside it: its roles here are then that OPD's, its users that OPD's staff, and they see of this
   *     OPD only the steps its cases offer them. An OPD the installation does not hold: as null
   */
  public record Agency(String id, String name, String opd) {
  }

  public RoleCatalogue(List<Role> roles) {
    this(roles, List.of());
  }

  public RoleCatalogue(List<Role> roles, List<Agency> agencies) {
    List<Agency> listedAgencies = List.copyOf(agencies == null ? List.of() : agencies);
    Map<String, String> laneRoles = new HashMap<>();
    Map<String, String> agencyOpd = new HashMap<>();
    Map<String, Role> byId = new LinkedHashMap<>();
    for (Role role : withAgencyRoles(roles, listedAgencies, laneRoles, agencyOpd)) {
      if (role.id() == null || role.id().isBlank()) {
        throw new InvalidRoleCatalogueException("a role without id (name: " + role.name() + ")");
      }
      if (!VALID_ID.matcher(role.id()).matches()) {
        throw new InvalidRoleCatalogueException("role id '" + role.id() + "' cannot be a lane id; use letters,"
            + " digits, '-', '_' and '.', starting with a letter");
      }
      if (byId.put(role.id(), role) != null) {
        throw new InvalidRoleCatalogueException("role '" + role.id() + "' is listed twice");
      }
    }
    byId.values().forEach(role -> checkSupervisorChain(role, byId));
    this.contents = new Contents(Map.copyOf(byId), listedAgencies, Map.copyOf(laneRoles), Map.of(), Map.of(),
        Map.copyOf(agencyOpd), Map.of());
  }

  /** The city's catalogue: every OPD's roles, each knowing its OPD; ids are city-wide. */
  private RoleCatalogue(Map<String, RoleCatalogue> byOpd) {
    Map<String, Role> byId = new LinkedHashMap<>();
    Map<String, Agency> agencyById = new LinkedHashMap<>();
    Map<String, String> laneRoles = new HashMap<>();
    Map<String, String> opdOfRole = new HashMap<>();
    Map<String, String> guestOfRole = new HashMap<>();
    byOpd.forEach((opd, catalogue) -> {
      Contents listed = catalogue.contents;
      for (Role role : listed.roles().values()) {
        if (byId.put(role.id(), role) != null) {
          throw new InvalidRoleCatalogueException("role '" + role.id() + "' is listed by OPD '" + opdOfRole.get(role.id())
              + "' and by OPD '" + opd + "'; role ids are city-wide (Camunda group ids), give each OPD's role an id"
              + " of its own (e.g. '" + opd + "-" + role.id() + "')");
        }
        // an agency naming an OPD this installation does not hold stays an agency outside it
        String agencyOpd = listed.agencyOpd().get(role.id());
        String own = agencyOpd != null && byOpd.containsKey(agencyOpd) ? agencyOpd : opd;
        if (own != null) {
          opdOfRole.put(role.id(), own);
        }
        if (own != null && !own.equals(opd)) {
          guestOfRole.put(role.id(), opd);
        }
      }
      laneRoles.putAll(listed.laneRoles());
      listed.agencies().forEach(agency -> agencyById.putIfAbsent(agency.id(), agency));
    });
    this.contents = new Contents(Map.copyOf(byId), List.copyOf(agencyById.values()), Map.copyOf(laneRoles),
        Map.copyOf(opdOfRole), Map.copyOf(guestOfRole), Map.of(), java.util.Collections.unmodifiableMap(
            new LinkedHashMap<>(byOpd)));
  }

  /**
   * The roles of every OPD in one catalogue, each role knowing its OPD (its tenant id, the key; null
   * for a single-office install); a role id listed by two OPDs is refused, naming both.
   */
  public static RoleCatalogue of(Map<String, RoleCatalogue> byOpd) {
    Map<String, RoleCatalogue> listed = new LinkedHashMap<>(byOpd);
    return listed.size() == 1 && listed.containsKey(null) ? listed.get(null) : new RoleCatalogue(listed);
  }

  /**
   * The city's catalogue with one more OPD's roles, checked as at start (city-wide ids); this one is
   * unchanged.
   *
   * @throws InvalidRoleCatalogueException naming the role another OPD already lists
   */
  public RoleCatalogue withOpd(String opd, RoleCatalogue catalogue) {
    Map<String, RoleCatalogue> byOpd = new LinkedHashMap<>(contents.byOpd());
    if (byOpd.putIfAbsent(opd, catalogue) != null) {
      throw new InvalidRoleCatalogueException("OPD '" + opd + "' is already on this installation");
    }
    return new RoleCatalogue(byOpd);
  }

  /** Takes the contents of another catalogue (an OPD added while the server runs): readers see it at once. */
  public void replaceWith(RoleCatalogue other) {
    this.contents = other.contents;
  }

  /**
   * The OPD whose SOPs a role of another OPD works steps of (an agency role, where the agency is an
   * OPD here): its users see that OPD's cases only where a step was offered to them.
   */
  public Optional<String> guestIn(String roleId) {
    return Optional.ofNullable(contents.guestOfRole().get(roleId));
  }

  /** The OPD (tenant id) a role belongs to; empty for an unknown role or one of an OPD without tenant. */
  public Optional<String> opdOf(String roleId) {
    return Optional.ofNullable(contents.opdOfRole().get(roleId));
  }

  /**
   * The OPD an SOP belongs to: that of its lanes' roles (the deployment refuses lanes of another OPD);
   * empty on an install without tenants.
   */
  public Optional<String> opdOf(SopDefinition sop) {
    Map<String, String> opdOfRole = contents.opdOfRole();
    return sop.roles().stream().map(opdOfRole::get).filter(java.util.Objects::nonNull).findFirst();
  }

  /** The roles as listed, each per-agency role followed by its role for every agency. */
  private static List<Role> withAgencyRoles(List<Role> listed, List<Agency> agencies, Map<String, String> laneRoles,
                                           Map<String, String> agencyOpd) {
    List<Role> all = new java.util.ArrayList<>();
    for (Role role : listed) {
      all.add(role);
      if (role.isPerAgency() && role.namedBy() != null) {
        throw new InvalidRoleCatalogueException("role '" + role.id() + "' is per-agency and named-by at once; it can"
            + " stand for one of them only");
      }
      if (role.isPerAgency() && agencies.isEmpty()) {
        throw new InvalidRoleCatalogueException("role '" + role.id() + "' is per-agency, but no agencies are listed"
            + " under 'agencies:'");
      }
      for (Agency agency : role.isPerAgency() ? agencies : List.<Agency>of()) {
        if (agency.id() == null || !VALID_ID.matcher(agency.id()).matches() || agency.name() == null) {
          throw new InvalidRoleCatalogueException("agency '" + agency.id() + "' needs an id of letters, digits and '-'"
              + " and a name");
        }
        String id = role.id() + "." + agency.id();
        all.add(new Role(id, role.name() + " - " + agency.name(), role.supervisor(), null, false, null));
        laneRoles.put(id, role.id());
        if (agency.opd() != null) {
          agencyOpd.put(id, agency.opd());
        }
      }
    }
    return all;
  }

  /** Reads the catalogue; {@code source} names the file in error messages. */
  public static RoleCatalogue load(InputStream yaml, String source) {
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try {
      CatalogueFile file = mapper.readValue(yaml, CatalogueFile.class);
      if (file == null || file.roles() == null || file.roles().isEmpty()) {
        throw new InvalidRoleCatalogueException("no roles listed under 'roles:'");
      }
      return new RoleCatalogue(file.roles(), file.agencies());
    } catch (IOException | InvalidRoleCatalogueException e) {
      throw new InvalidRoleCatalogueException("Role catalogue " + source + ": " + e.getMessage(), e);
    }
  }

  /** Reads {@code roles.yaml} of a processes folder on disk (the command-line tools and tests). */
  public static RoleCatalogue readFolder(java.nio.file.Path folder) {
    java.nio.file.Path file = folder.resolve(FILE_NAME);
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new InvalidRoleCatalogueException(folder + ": no " + FILE_NAME + " here; give the processes folder");
    }
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return load(in, file.toString());
    } catch (IOException e) {
      throw new InvalidRoleCatalogueException(file + " cannot be read: " + e.getMessage(), e);
    }
  }

  public Optional<Role> find(String id) {
    return Optional.ofNullable(contents.roles().get(id));
  }

  public boolean contains(String id) {
    return contents.roles().containsKey(id);
  }

  public List<Role> roles() {
    return contents.roles().values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
  }

  /** The roles above a role, nearest first; empty for an unknown role or the top. */
  public List<String> supervisorsOf(String id) {
    List<String> chain = new java.util.ArrayList<>();
    Map<String, Role> roles = contents.roles();
    for (Role role = roles.get(id); role != null && role.supervisor() != null; role = roles.get(role.supervisor())) {
      chain.add(role.supervisor());
    }
    return chain;
  }

  /** The agencies per-agency roles stand for, as listed. */
  public List<Agency> agencies() {
    return contents.agencies();
  }

  /** The role standing for {@code agency} in a per-agency role's lane; empty for another role or an unknown agency. */
  public Optional<String> agencyRole(String role, String agency) {
    String id = role + "." + agency;
    return find(role).filter(Role::isPerAgency).flatMap(r -> find(id)).map(Role::id);
  }

  /**
   * The role a case names for a named-by role's lane (its {@code named-by} variable): a role of the
   * catalogue that is no stand-in itself; empty for another role or a value that is none.
   */
  public Optional<String> namedRole(String role, Object named) {
    return find(role).filter(r -> r.namedBy() != null).flatMap(r -> named == null ? Optional.empty()
        : find(named.toString().trim())).filter(r -> !r.isStandIn()).map(Role::id);
  }

  /**
   * The nearest head of an SOP's bidang in its OPD: the head of the bidang itself, else the head of
   * the office.
   *
   * @param opd the SOP's tenant id, null without one
   */
  public Optional<String> headOf(String opd, String bidang) {
    return rolesOf(opd).filter(role -> role.heads(bidang))
        .min(java.util.Comparator.comparing(role -> Role.WHOLE_OFFICE.equals(role.heads()))).map(Role::id);
  }

  /** The role a group stands for in lanes: an agency's role stands for its per-agency role; any other, itself. */
  public String laneRoleOf(String groupId) {
    return contents.laneRoles().getOrDefault(groupId, groupId);
  }

  /**
   * The roles heading an SOP's bidang ({@code sop.bidang}) in its OPD, the head of the office included.
   *
   * @param opd the SOP's tenant id, null without one
   */
  public List<String> headsOf(String opd, String bidang) {
    return rolesOf(opd).filter(role -> role.heads(bidang)).map(Role::id).toList();
  }

  /** The roles of one OPD (null: the roles of no tenant). */
  public java.util.stream.Stream<Role> rolesOf(String opd) {
    Map<String, String> opdOfRole = contents.opdOfRole();
    return roles().stream().filter(role -> java.util.Objects.equals(opdOfRole.get(role.id()), opd));
  }

  public List<String> ids() {
    return roles().stream().map(Role::id).toList();
  }

  private static void checkSupervisorChain(Role role, Map<String, Role> roles) {
    Set<String> seen = new HashSet<>();
    for (Role current = role; current.supervisor() != null; ) {
      if (!seen.add(current.id())) {
        throw new InvalidRoleCatalogueException("supervisors of role '" + role.id() + "' form a cycle");
      }
      Role supervisor = roles.get(current.supervisor());
      if (supervisor == null) {
        throw new InvalidRoleCatalogueException("role '" + current.id() + "' names supervisor '"
            + current.supervisor() + "', which is not in the catalogue");
      }
      current = supervisor;
    }
  }

  private record CatalogueFile(List<Role> roles, List<Agency> agencies) {
  }

  /** The catalogue file cannot be used; the message names the file and the role. */
  public static class InvalidRoleCatalogueException extends RuntimeException {
    InvalidRoleCatalogueException(String message) {
      super(message);
    }

    InvalidRoleCatalogueException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
