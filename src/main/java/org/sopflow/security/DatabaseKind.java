package org.sopflow.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.sopflow.model.Role;
import org.sopflow.model.RoleCatalogue;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The demo users never reach a database that is not a demo's: the first start marks the database
 * (a Camunda property) as a demo's or not, and the demo profile refuses to start on one marked
 * otherwise, or on an unmarked one that already has users of its own. Runs before the demo users
 * are created.
 */
@Component
@Order(20)
class DatabaseKind implements ApplicationRunner {

  static final String PROPERTY = "sopflow.database-kind";
  static final String DEMO = "demo";
  static final String PRODUCTION = "production";

  private final ManagementService management;
  private final IdentityService identity;
  private final RoleCatalogue roles;
  private final Environment environment;

  DatabaseKind(ManagementService management, IdentityService identity, RoleCatalogue roles, Environment environment) {
    this.management = management;
    this.identity = identity;
    this.roles = roles;
    this.environment = environment;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean demo = environment.acceptsProfiles(Profiles.of(DEMO));
    String marked = management.getProperties().get(PROPERTY);
    if (demo && PRODUCTION.equals(marked)) {
      throw new IllegalStateException("This database was started without the demo profile: the demo profile (demo"
          + " users, password 'demo') must not run on it; start without 'demo' in spring.profiles.active");
    }
    if (marked == null) {
      List<String> own = usersOfItsOwn();
      if (demo && !own.isEmpty()) {
        throw new IllegalStateException("This database has users the demo did not make (" + String.join(", ", own)
            + "): the demo profile must not add its users to it; start without 'demo' in spring.profiles.active");
      }
      management.setProperty(PROPERTY, demo ? DEMO : PRODUCTION);
    }
  }

  /** Users other than the demo's (one per role, and its admin). */
  private List<String> usersOfItsOwn() {
    Set<String> demoUsers = new HashSet<>(roles.roles().stream().map(Role::id).toList());
    demoUsers.add(environment.getProperty("camunda.bpm.admin-user.id", "admin"));
    return identity.createUserQuery().list().stream().map(User::getId).filter(id -> !demoUsers.contains(id)).toList();
  }
}
