package org.sopflow.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
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
 */
public final class RoleCatalogue {

  public static final String FILE_NAME = "roles.yaml";
  private static final Pattern VALID_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");

  private final Map<String, Role> roles;

  public RoleCatalogue(List<Role> roles) {
    Map<String, Role> byId = new LinkedHashMap<>();
    for (Role role : roles) {
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
    this.roles = Map.copyOf(byId);
    roles.forEach(this::checkSupervisorChain);
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
      return new RoleCatalogue(file.roles());
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
    return Optional.ofNullable(roles.get(id));
  }

  public boolean contains(String id) {
    return roles.containsKey(id);
  }

  public List<Role> roles() {
    return roles.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
  }

  /** The roles above a role, nearest first; empty for an unknown role or the top. */
  public List<String> supervisorsOf(String id) {
    List<String> chain = new java.util.ArrayList<>();
    for (Role role = roles.get(id); role != null && role.supervisor() != null; role = roles.get(role.supervisor())) {
      chain.add(role.supervisor());
    }
    return chain;
  }

  public List<String> ids() {
    return roles().stream().map(Role::id).toList();
  }

  private void checkSupervisorChain(Role role) {
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

  private record CatalogueFile(List<Role> roles) {
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
