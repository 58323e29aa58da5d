package org.sopflow.engine.internal;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default grants, except the READ on the historic task that it adds to every task grant
 * once historic instance permissions are on: two more look-ups and two more rows per task (its
 * candidate group and its assignee), where the SOP layer's grant on the case already lets the same
 * roles read the case's history, its tasks included. The runtime grant on the task is Camunda's own.
 */
public class TaskGrantsWithoutHistory extends DefaultAuthorizationProvider {

  @Override
  protected AuthorizationEntity[] createOrUpdateAuthorizations(Task task, String groupId, String userId) {
    Permission[] permissions = getRuntimePermissions(isEnforceSpecificVariablePermission());
    return new AuthorizationEntity[] {
        createOrUpdateAuthorization(task, userId, groupId, Resources.TASK, false, permissions)};
  }
}
