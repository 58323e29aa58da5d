package org.sopflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sopflow.EngineScenario.clockAt;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sopflow.EngineScenario;
import org.sopflow.TestModels;
import org.sopflow.deadline.OverdueDetector;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The shared filters as staff and supervisors see them, on tasks made late by moving the clock. */
@DirtiesContext
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:sopflow-filters-test;DB_CLOSE_DELAY=-1",
    "sop.deadlines.detection-interval=PT1H"})
@ActiveProfiles("demo")
class TasklistFiltersTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  TasklistFilters filters;
  @Autowired
  OverdueDetector detector;

  @AfterEach
  void resetClock() {
    EngineScenario.resetClock();
  }

  @Test
  void filtersAreCreatedOnceAndUpdatedInPlace() {
    long before = engine.getFilterService().createFilterQuery().count();
    filters.run(new DefaultApplicationArguments());
    assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(before);
    assertThat(engine.getFilterService().createFilterQuery().list()).extracting(Filter::getName)
        .contains(TasklistFilters.MY_TASKS, TasklistFilters.MY_ROLES_TASKS, TasklistFilters.OVERDUE,
            TasklistFilters.DUE_TODAY, TasklistFilters.ESCALATED);
  }

  @Test
  void lateTasksShowUnderTerlambatAndEscalatedOnesForTheSupervisor() {
    EngineScenario scenario = new EngineScenario(engine);
    scenario.deploy("sop-filter.bpmn", TestModels.sop("sop-filter").lane("ppid-petugas", "Petugas")
        .task("layani", "ppid-petugas").taskProperty("layani", "sop.waktu", "2 jam").xml());
    clockAt("2026-11-30T08:00");
    String late = engine.getRuntimeService().startProcessInstanceByKey("sop-filter").getId();
    clockAt("2026-11-30T14:00");
    String dueToday = engine.getRuntimeService().startProcessInstanceByKey("sop-filter").getId();
    String lateTask = scenario.task(late).getId();
    String todayTask = scenario.task(dueToday).getId();

    assertThat(ids(TasklistFilters.OVERDUE, "ppid-petugas")).containsExactly(lateTask);
    assertThat(ids(TasklistFilters.DUE_TODAY, "ppid-petugas")).containsExactly(todayTask);
    assertThat(ids(TasklistFilters.MY_ROLES_TASKS, "ppid-petugas")).containsExactly(lateTask, todayTask);
    assertThat(ids(TasklistFilters.OVERDUE, "ppid")).as("another role's late task").isEmpty();

    detector.sweep();
    assertThat(ids(TasklistFilters.ESCALATED, "ppid")).containsExactly(lateTask);
    assertThat(readable(TasklistFilters.ESCALATED, "ppid-petugas")).as("only supervisors get this filter").isFalse();
    assertThat(readable(TasklistFilters.ESCALATED, "ppid")).isTrue();
  }

  private List<String> ids(String filterName, String user) {
    return as(user, () -> {
      FilterService filterService = engine.getFilterService();
      Filter filter = filterService.createFilterQuery().filterName(filterName).singleResult();
      return filterService.<Task>list(filter.getId()).stream().map(Task::getId).toList();
    });
  }

  private boolean readable(String filterName, String user) {
    return as(user, () -> engine.getFilterService().createFilterQuery().filterName(filterName).count() == 1);
  }

  private <T> T as(String user, Supplier<T> action) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(user, List.of(user), identity.createTenantQuery().userMember(user)
        .includingGroupsOfUser(true).list().stream().map(org.camunda.bpm.engine.identity.Tenant::getId).toList());
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
