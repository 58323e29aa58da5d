package org.sopflow.engine.internal;

import org.camunda.bpm.engine.impl.identity.WritableIdentityProvider;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.sopflow.engine.LoginLockouts;

/** Camunda's database identity provider, telling {@link LoginLockouts} whenever it delays a user's login. */
public final class LockoutReportingIdentityProvider extends DbIdentityServiceProvider {

  private final LoginLockouts lockouts;

  LockoutReportingIdentityProvider(LoginLockouts lockouts) {
    this.lockouts = lockouts;
  }

  /** The session factory that gives each engine command this provider. */
  public static SessionFactory factory(LoginLockouts lockouts) {
    return new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return WritableIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new LockoutReportingIdentityProvider(lockouts);
      }
    };
  }

  @Override
  protected void lockUser(UserEntity user) {
    super.lockUser(user);
    lockouts.locked(user.getId(), user.getAttempts(), user.getLockExpirationTime().toInstant());
  }
}
