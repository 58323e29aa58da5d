package org.sopflow.tasklist;

import org.springframework.context.event.EventListener;
import org.sopflow.model.OpdAdded;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.sopflow.deadline.OverdueDetector;
import org.sopflow.model.Role;
import org.sopflow.model.RoleCatalogue;
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
  static final String OVERDUE = "Terlambat";
  static final String DUE_TODAY = "Jatuh tempo hari ini";
  static final String ESCALATED = "Terlambat di bidang saya";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final RoleCatalogue roles;

  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
                  RoleCatalogue roles) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.roles = roles;
  }

  @Override
  public void run(ApplicationArguments args) {
    shareWithEveryone(save(MY_ROLES_TASKS, -10, "Tugas untuk peran (bagian) Anda, yang sudah maupun belum diklaim",
        myRoles()));
    shareWithEveryone(save(MY_TASKS, -5, "Tugas yang sudah Anda klaim",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc()));
    shareWithEveryone(save(OVERDUE, 0, "Tugas bagian Anda yang melewati tenggat standar",
        myRoles().dueBeforeExpression("${now()}")));
    // "Today" ends at midnight of the server's time zone: run the server on the office's (TZ=Asia/Jakarta).
    shareWithEveryone(save(DUE_TODAY, 5, "Tugas bagian Anda yang jatuh tempo sebelum akhir hari ini",
        myRoles().dueAfterExpression("${now()}")
            .dueBeforeExpression("${dateTime().plusDays(1).withTimeAtStartOfDay().toDate()}")));
    Filter escalated = save(ESCALATED, 10, "Tugas terlambat yang dieskalasikan kepada Anda sebagai atasan",
        myRoles().taskVariableValueGreaterThan(OverdueDetector.ESCALATION_VARIABLE, 0));
    supervisorRoles().forEach(group ->
        RoleGrants.allowGroup(authorizationService, group, Resources.FILTER, escalated.getId(), Permissions.READ));
  }

  /** An OPD added while the server runs: its supervisors read the escalation filter too. */
  @EventListener
  @Order(40)
  void opdAdded(OpdAdded added) {
    run(null);
  }

  /** Tasks offered to a group of the current user, claimed or not, soonest due first. */
  private TaskQuery myRoles() {
    return taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
        .includeAssignedTasks().orderByDueDate().asc();
  }

  private List<String> supervisorRoles() {
    return roles.roles().stream().map(Role::supervisor).filter(Objects::nonNull).distinct().toList();
  }

  private void shareWithEveryone(Filter filter) {
    RoleGrants.allowEveryone(authorizationService, Resources.FILTER, filter.getId(), Permissions.READ);
  }

  private Filter save(String name, int priority, String description, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    filter.setQuery(query);
    filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true));
    return filterService.saveFilter(filter);
  }
}
