package org.sopflow.tasklist;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.sopflow.roles.RoleGrants;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters every member of staff starts from. Created once by name and updated
 * in place at every start, never duplicated; every user may read them, and authorization still
 * limits the tasks each one sees to those of their own roles.
 */
@Component
@Order(40)
class TasklistFilters implements ApplicationRunner {

  static final String MY_TASKS = "Tugas saya";
  static final String MY_ROLES_TASKS = "Tugas bagian saya";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  @Override
  public void run(ApplicationArguments args) {
    save(MY_ROLES_TASKS, -10, "Tugas untuk peran (bagian) Anda, yang sudah maupun belum diklaim",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks().orderByDueDate().asc());
    save(MY_TASKS, -5, "Tugas yang sudah Anda klaim",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
  }

  private void save(String name, int priority, String description, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    filter.setQuery(query);
    filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true));
    filterService.saveFilter(filter);
    RoleGrants.allowEveryone(authorizationService, Resources.FILTER, filter.getId(), Permissions.READ);
  }
}
