package org.sopflow.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.cfg.auth.ResourceAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.sopflow.TestDatabases;

/**
 * The SOP layer's task grants are Camunda's runtime grants, written without looking for a grant a
 * new task cannot have: the same rows as Camunda's own provider gives (historic task grants aside),
 * for a new task's candidate groups (one named twice), candidate user and assignee, and for grants
 * added to a task that exists; only the latter look for an existing grant.
 */
class LeanTaskGrantsTest {

  private static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess("hibah-tugas")
      .camundaHistoryTimeToLive(30)
      .startEvent()
      .userTask("periksa").camundaCandidateGroups("ppid, ppid-pembantu, ppid").camundaCandidateUsers("budi")
      .camundaAssignee("siti")
      .endEvent().done();

  @Test
  void aNewTaskGetsCamundasGrantsWithoutLookUpsAndAnExistingTaskStillMergesThem() {
    AtomicInteger leanLookUps = new AtomicInteger();
    List<String> lean = grantsAfterScenario("lean", new LeanTaskGrants() {
      @Override
      protected AuthorizationEntity getGrantAuthorization(String taskId, String userId, String groupId,
          Resource resource) {
        leanLookUps.incrementAndGet();
        return super.getGrantAuthorization(taskId, userId, groupId, resource);
      }
    }, task -> assertThat(leanLookUps).as("look-ups while the task was created").hasValue(0));
    List<String> camundas = grantsAfterScenario("camunda", new DefaultAuthorizationProvider(), task -> { });

    assertThat(lean).isEqualTo(camundas).hasSize(5);
    assertThat(leanLookUps).as("look-ups for the grants added to the existing task").hasValue(3);
  }

  /**
   * Starts the model (the task is created with its grants), calls {@code afterStart}, then adds a
   * candidate group it has, one it has not, and a new assignee; returns the task grants.
   */
  private static List<String> grantsAfterScenario(String name, ResourceAuthorizationProvider provider,
      Consumer<String> afterStart) {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("lean-task-grants-" + name);
    configuration.setJdbcUrl(TestDatabases.jdbcUrl("lean-task-grants-" + name));
    configuration.setJdbcUsername(TestDatabases.user());
    configuration.setJdbcPassword(TestDatabases.password());
    if (TestDatabases.onPostgres()) {
      configuration.setJdbcDriver("org.postgresql.Driver");
    }
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setAuthorizationEnabled(true);
    configuration.setResourceAuthorizationProvider(provider);
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      engine.getRepositoryService().createDeployment().addModelInstance("hibah-tugas.bpmn", MODEL).deploy();
      engine.getRuntimeService().startProcessInstanceByKey("hibah-tugas");
      TaskService tasks = engine.getTaskService();
      String task = tasks.createTaskQuery().singleResult().getId();
      afterStart.accept(task);
      tasks.addCandidateGroup(task, "ppid");
      tasks.addCandidateGroup(task, "atasan-ppid");
      tasks.setAssignee(task, "budi");
      return engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK).list().stream()
          .map(LeanTaskGrantsTest::describe).sorted().toList();
    } finally {
      engine.close();
    }
  }

  private static String describe(Authorization grant) {
    String holder = grant.getGroupId() != null ? "group " + grant.getGroupId() : "user " + grant.getUserId();
    return holder + ", type " + grant.getAuthorizationType() + ", permissions "
        + ((AuthorizationEntity) grant).getPermissions();
  }
}
