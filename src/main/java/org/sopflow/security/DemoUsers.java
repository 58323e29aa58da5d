package org.sopflow.security;

import org.springframework.context.event.EventListener;
import org.sopflow.model.OpdAdded;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sopflow.model.Role;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.roles.CityProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's staff: one user per role, whose id is the role id, with the password of
 * {@code sop.demo.password}. Outside the demo profile no user is created.
 */
@Component
@Profile("demo")
@Order(30)
class DemoUsers implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  private final RoleCatalogue catalogue;
  private final CityProperties city;
  private final IdentityService identityService;
  private final String password;

  DemoUsers(RoleCatalogue catalogue, IdentityService identityService, DemoProperties properties, CityProperties city) {
    this.city = city;
    this.catalogue = catalogue;
    this.identityService = identityService;
    this.password = properties.requiredPassword();
  }

  /** A user named after the group, in it. */
  private void demoUser(String group, String name) {
    if (identityService.createUserQuery().userId(group).count() == 0) {
      User user = identityService.newUser(group);
      user.setFirstName(name);
      user.setLastName("(demo)");
      user.setEmail(group + "@demo.invalid");
      user.setPassword(password);
      identityService.saveUser(user);
      identityService.createMembership(group, group);
    }
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Role role : catalogue.roles()) {
      demoUser(role.id(), role.name());
    }
    demoUser(city.group(), city.name());
    LOG.warn("Demo profile: one user per role (and the city's group), named after the role, password from sop.demo.password");
  }

  /** An OPD added while the server runs: a user for each of its roles too. */
  @EventListener
  @Order(30)
  void opdAdded(OpdAdded added) {
    run(null);
  }
}
