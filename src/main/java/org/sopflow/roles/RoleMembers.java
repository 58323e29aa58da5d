package org.sopflow.roles;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * How many users each role (Camunda group) has, whoever asks: the service register must see a role
 * left without members even when the supervisor reading it may not list users. Read through the
 * engine's identity provider, so an LDAP directory answers as well as Camunda's own tables.
 */
@Component
public class RoleMembers {

  private final ProcessEngineConfigurationImpl configuration;

  RoleMembers(ProcessEngine engine) {
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /** Per role, the number of users who are members of its group. */
  public Map<String, Long> count(Collection<String> roles) {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      context.disableAuthorizationCheck();
      Map<String, Long> members = new TreeMap<>();
      roles.forEach(role -> members.put(role,
          context.getReadOnlyIdentityProvider().createUserQuery(context).memberOfGroup(role).count()));
      return members;
    });
  }
}
