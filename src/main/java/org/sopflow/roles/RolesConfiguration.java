package org.sopflow.roles;

import org.sopflow.deadline.DeadlineListener;
import org.sopflow.model.RoleCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RolesConfiguration {

  @Bean
  RolesHook rolesHook(RoleCatalogue catalogue) {
    return new RolesHook(catalogue);
  }

  @Bean
  DeadlineListener escalationAccess(RolesHook rolesHook) {
    return rolesHook.escalationAccess();
  }
}
