package org.operaton.bpm.engine.test.assertions.bpmn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.operaton.bpm.engine.task.Task;

/**
 * The part of operaton-bpm-assert's {@code BpmnAwareTests} that the tests use, on the plain engine API
 * and AssertJ: the Operaton build's stand-in for that library, which is not served to us. Only in the
 * Operaton build (src/test/operaton); the Camunda build uses camunda-bpm-assert itself.
 */
public final class BpmnAwareTests {

  private static ProcessEngine engine;

  private BpmnAwareTests() {
  }

  public static void init(ProcessEngine processEngine) {
    engine = processEngine;
  }

  public static void reset() {
    engine = null;
  }

  public static RuntimeService runtimeService() {
    return engine().getRuntimeService();
  }

  /** The one task of the instance. */
  public static Task task(ProcessInstance instance) {
    return engine().getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  public static void complete(Task task) {
    engine().getTaskService().complete(task.getId());
  }

  public static void complete(Task task, Map<String, Object> variables) {
    engine().getTaskService().complete(task.getId(), variables);
  }

  public static Map<String, Object> withVariables(String key, Object value, Object... more) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(key, value);
    for (int i = 0; i + 1 < more.length; i += 2) {
      variables.put((String) more[i], more[i + 1]);
    }
    return variables;
  }

  public static InstanceAssert assertThat(ProcessInstance instance) {
    return new InstanceAssert(instance.getId());
  }

  public static TaskAssert assertThat(Task task) {
    return new TaskAssert(task);
  }

  private static ProcessEngine engine() {
    if (engine == null) {
      throw new IllegalStateException("BpmnAwareTests.init(engine) was not called");
    }
    return engine;
  }

  /** What a process instance has done and where it waits. */
  public record InstanceAssert(String id) {

    public InstanceAssert isEnded() {
      Assertions.assertThat(engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count())
          .as("instance %s still running", id).isZero();
      return this;
    }

    public InstanceAssert hasPassed(String... activityIds) {
      Assertions.assertThat(passed()).as("activities instance %s passed", id).contains(activityIds);
      return this;
    }

    public InstanceAssert hasNotPassed(String... activityIds) {
      Assertions.assertThat(passed()).as("activities instance %s passed", id).doesNotContain(activityIds);
      return this;
    }

    public InstanceAssert isWaitingAtExactly(String... activityIds) {
      Assertions.assertThat(engine().getRuntimeService().getActiveActivityIds(id)).as("instance %s waits at", id)
          .containsExactlyInAnyOrder(activityIds);
      return this;
    }

    private List<String> passed() {
      return engine().getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id).finished()
          .list().stream().map(HistoricActivityInstance::getActivityId).toList();
    }
  }

  /** Who a task is offered to. */
  public record TaskAssert(Task task) {

    public TaskAssert hasCandidateGroup(String group) {
      List<String> groups = engine().getTaskService().getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
      Assertions.assertThat(groups).as("candidate groups of task %s", task.getTaskDefinitionKey()).contains(group);
      return this;
    }

    public TaskAssert isNotAssigned() {
      Assertions.assertThat(task.getAssignee()).as("assignee of task %s", task.getTaskDefinitionKey()).isNull();
      return this;
    }
  }
}
