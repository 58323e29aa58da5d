package org.sopflow.engine.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Camunda's authorization manager without its per-command scan of every authorization: before each
 * checked query Camunda reads the distinct group ids of the whole authorization table, only to leave
 * out the caller's groups that hold no authorization. With a grant per case (need to know) that table
 * grows with the cases, and the scan with it. Checking all the caller's groups gives the same
 * answers (a group without authorizations matches none) at a cost that does not grow.
 */
public class ScalableAuthorizationManager extends AuthorizationManager {

  /** Replaces Camunda's authorization manager in an engine about to be built. */
  public static void register(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new ScalableAuthorizationManager();
      }
    });
  }

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    return authenticatedGroupIds == null || authenticatedGroupIds.isEmpty() ? EMPTY_LIST
        : new ArrayList<>(authenticatedGroupIds);
  }
}
