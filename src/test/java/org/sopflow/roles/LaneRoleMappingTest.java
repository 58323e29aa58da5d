package org.sopflow.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sopflow.SopTestEngine;
import org.sopflow.TestModels;

class LaneRoleMappingTest {

  private final ProcessEngine engine = SopTestEngine.shared();
  private final RepositoryService repository = engine.getRepositoryService();
  private final RuntimeService runtime = engine.getRuntimeService();
  private final TaskService tasks = engine.getTaskService();

  @AfterEach
  void deleteDeployments() {
    SopTestEngine.deleteDeployments(repository);
  }

  @Test
  void aTaskGetsTheCandidateGroupOfItsLane() {
    deploy("sop-uji.bpmn", TestModels.sop("sop-uji")
        .lane("ppid-petugas", "Petugas").lane("ppid", "PPID")
        .task("terima", "ppid-petugas").task("putuskan", "ppid").xml());

    String instance = runtime.startProcessInstanceByKey("sop-uji").getId();
    assertThat(candidateGroupsOfCurrentTask(instance)).containsExactly("ppid-petugas");
    tasks.complete(currentTask(instance).getId());
    assertThat(candidateGroupsOfCurrentTask(instance)).containsExactly("ppid");
  }

  @Test
  void anExplicitAssignmentWinsOverTheLane() {
    deploy("sop-uji.bpmn", TestModels.sop("sop-uji")
        .lane("ppid-petugas", "Petugas")
        .task("grup", "ppid-petugas").taskAttributes("grup", "camunda:candidateGroups=\"atasan-ppid\"")
        .task("orang", "ppid-petugas").taskAttributes("orang", "camunda:assignee=\"budi\"")
        .task("calon", "ppid-petugas").taskAttributes("calon", "camunda:candidateUsers=\"siti\"").xml());

    String instance = runtime.startProcessInstanceByKey("sop-uji").getId();
    assertThat(candidateGroupsOfCurrentTask(instance)).containsExactly("atasan-ppid");
    tasks.complete(currentTask(instance).getId());
    assertThat(currentTask(instance).getAssignee()).isEqualTo("budi");
    assertThat(candidateGroupsOfCurrentTask(instance)).isEmpty();
    tasks.complete(currentTask(instance).getId());
    assertThat(tasks.getIdentityLinksForTask(currentTask(instance).getId()))
        .extracting(IdentityLink::getUserId).containsExactly("siti");
  }

  @Test
  void aLaneThatIsNoCataloguedRoleRefusesTheDeployment() {
    String xml = TestModels.sop("sop-uji").lane("humas-tidak-ada", "Humas").task("terima", "humas-tidak-ada").xml();

    assertThatThrownBy(() -> deploy("bidang/sop-uji.bpmn", xml))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("bidang/sop-uji.bpmn")
        .hasMessageContaining("lane 'humas-tidak-ada' (\"Humas\"): no role in the role catalogue roles.yaml has this id")
        .hasMessageContaining("known roles: atasan-ppid, ")
        .hasMessageContaining("[LANE_ROLE_UNKNOWN]");
    assertThat(repository.createDeploymentQuery().count()).isZero();
    assertThat(repository.createProcessDefinitionQuery().count()).isZero();
  }

  @Test
  void aUserTaskInNoLaneRefusesTheDeployment() {
    String xml = TestModels.sop("sop-uji").lane("ppid", "PPID").task("di-lane", "ppid").task("yatim", null).xml();

    assertThatThrownBy(() -> deploy("sop-uji.bpmn", xml))
        .isInstanceOf(ParseException.class)
        .hasMessageContaining("sop-uji.bpmn")
        .hasMessageContaining("userTask 'yatim' (\"Langkah yatim\"): lies in no lane")
        .hasMessageContaining("[TASK_OUTSIDE_LANE]");
  }

  @Test
  void aMalformedFileIsRefusedWithItsNameAndEarlierVersionsKeepRunning() {
    deploy("sop-uji.bpmn", TestModels.sop("sop-uji").lane("ppid", "PPID").task("terima", "ppid").xml());
    String running = runtime.startProcessInstanceByKey("sop-uji").getId();

    assertThatThrownBy(() -> deploy("sop-uji.bpmn", "<bpmn:definitions xmlns:bpmn=\"broken"))
        .hasMessageContaining("sop-uji.bpmn");
    String badLane = TestModels.sop("sop-uji").lane("tidak-dikenal", "X").task("terima", "tidak-dikenal").xml();
    assertThatThrownBy(() -> deploy("sop-uji.bpmn", badLane)).isInstanceOf(ParseException.class);

    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("sop-uji").count()).isEqualTo(1);
    tasks.complete(currentTask(running).getId());
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(running).count()).isZero();
    assertThat(runtime.startProcessInstanceByKey("sop-uji")).isNotNull();
  }

  private void deploy(String resourceName, String xml) {
    repository.createDeployment().addString(resourceName, xml).deploy();
  }

  private Task currentTask(String instanceId) {
    return tasks.createTaskQuery().processInstanceId(instanceId).singleResult();
  }

  private java.util.List<String> candidateGroupsOfCurrentTask(String instanceId) {
    return tasks.getIdentityLinksForTask(currentTask(instanceId).getId()).stream()
        .filter(link -> link.getGroupId() != null).map(IdentityLink::getGroupId).toList();
  }
}
