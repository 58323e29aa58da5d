package org.sopflow.roles;

import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.sopflow.engine.GroupMembers;
import org.springframework.stereotype.Component;

/**
 * How many users each role (Camunda group) has, whoever asks: the service register must see a role
 * left without members even when the supervisor reading it may not list users.
 */
@Component
public class RoleMembers {

  private final ProcessEngine engine;

  RoleMembers(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Per role, the number of users who are members of its group. */
  public Map<String, Long> count(Collection<String> roles) {
    return GroupMembers.count(engine, roles);
  }
}
