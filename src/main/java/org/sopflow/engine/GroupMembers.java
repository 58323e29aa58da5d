package org.sopflow.engine;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.modulith.NamedInterface;

/**
 * How many users each Camunda group has, whoever asks (authorization checks off for this one read),
 * through the engine's identity provider, so an LDAP directory answers as well as Camunda's tables.
 */
@NamedInterface("users")
public final class GroupMembers {

  private GroupMembers() {
  }

  public static Map<String, Long> count(ProcessEngine engine, Collection<String> groups) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      context.disableAuthorizationCheck();
      Map<String, Long> members = new TreeMap<>();
      groups.forEach(group -> members.put(group,
          context.getReadOnlyIdentityProvider().createUserQuery(context).memberOfGroup(group).count()));
      return members;
    });
  }
}
