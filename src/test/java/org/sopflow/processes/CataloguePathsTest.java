package org.sopflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sopflow.SopTestEngine;
import org.sopflow.calendar.CalendarKind;
import org.sopflow.calendar.StandardTime;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.engine.SopModels;
import org.sopflow.model.SopDefinition;

/**
 * Every path of every SOP in {@code processes/}, as listed in {@code src/test/resources/catalogue/}:
 * each task appears in the expected order, is offered to exactly its lane's role, and is due at its
 * standard time on the working calendar. A second test checks the path files cover every user task
 * and every end event of every model, so a new branch without a path fails the build.
 */
class CataloguePathsTest {

  private static final Path PATHS = Path.of("src/test/resources/catalogue");
  /** Monday 30 November 2026, 08:00 WIB: a working day, so deadlines fall within the same week or later. */
  private static final Instant START = Instant.parse("2026-11-30T01:00:00Z");

  private static final ProcessEngine ENGINE = SopTestEngine.shared();

  @BeforeAll
  static void deployTheCatalogue() {
    SopTestEngine.addCatalogue(ENGINE.getRepositoryService().createDeployment()).deploy();
  }

  @AfterAll
  static void deleteDeployments() {
    RepositoryService repository = ENGINE.getRepositoryService();
    SopTestEngine.deleteDeployments(repository);
    ClockUtil.reset();
  }

  @TestFactory
  Stream<DynamicTest> everyPathOfEverySop() {
    return pathFiles().stream().flatMap(file -> {
      SopPaths sop = SopPaths.read(file);
      return sop.paths().stream().map(path -> DynamicTest.dynamicTest(
          sop.key() + " → " + path.end() + " (" + path.taskIds() + ")", () -> run(ENGINE, sop.key(), path)));
    });
  }

  @Test
  void thePathFilesCoverEveryTaskAndEveryEndOfEveryModel() throws IOException {
    List<Path> models;
    try (Stream<Path> files = Files.walk(SopTestEngine.PROCESSES)) {
      models = files.filter(file -> file.toString().endsWith(".bpmn")).toList();
    }
    assertThat(models).hasSizeGreaterThanOrEqualTo(14);
    for (Path model : models) {
      BpmnModelInstance bpmn = Bpmn.readModelFromFile(model.toFile());
      String key = bpmn.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
          .iterator().next().getId();
      Path file = PATHS.resolve(key + ".paths.yaml");
      assertThat(file).as("paths of %s", model).exists();
      SopPaths sop = SopPaths.read(file);
      Set<String> covered = new HashSet<>();
      sop.paths().forEach(path -> covered.addAll(path.taskIds()));
      Set<String> ends = new HashSet<>();
      sop.paths().forEach(path -> ends.add(path.end()));
      assertThat(covered).as("user tasks of %s on some path", model)
          .containsAll(ids(bpmn.getModelElementsByType(UserTask.class).stream().map(UserTask::getId)));
      assertThat(ends).as("end events of %s reached by some path", model)
          .containsAll(ids(bpmn.getModelElementsByType(EndEvent.class).stream().map(EndEvent::getId)));
    }
  }

  /** Runs one path on the engine's latest version of the SOP, checking each task's role and due date. */
  static void run(ProcessEngine engine, String key, SopPaths.SopPath path) {
    TaskService tasks = engine.getTaskService();
    Instant now = START;
    ClockUtil.setCurrentTime(Date.from(now));
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(key, "uji-" + path.end(),
        path.variables());
    SopDefinition sop = SopModels.of(engine.getRepositoryService(), instance.getProcessDefinitionId()).orElseThrow();
    for (List<SopPaths.Step> group : path.steps()) {
      assertThat(openTaskKeys(tasks, instance)).as("%s waits at", key)
          .containsExactlyInAnyOrderElementsOf(group.stream().map(SopPaths.Step::task).toList());
      Instant created = now;
      for (SopPaths.Step step : group) {
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(step.task()).singleResult();
        assertThat(candidateGroups(tasks, task)).as("roles offered %s", step.task()).containsExactly(step.role());
        assertThat(SopTestEngine.roleCatalogue().contains(step.role())).as("%s is catalogued", step.role()).isTrue();
        assertThat(task.getDueDate()).as("due date of %s (%s)", step.task(), step.waktu())
            .isEqualTo(expectedDue(sop, step, created));
      }
      now = now.plus(Duration.ofMinutes(10));
      ClockUtil.setCurrentTime(Date.from(now));
      for (SopPaths.Step step : group) {
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(step.task()).singleResult();
        tasks.complete(task.getId(), step.variables());
      }
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .as("%s has ended", key).isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(path.end()).finished().count()).as("%s ended at %s", key, path.end()).isEqualTo(1);
  }

  /** The standard deadline on the step's own calendar; none while the office waits for the applicant. */
  private static Date expectedDue(SopDefinition sop, SopPaths.Step step, Instant created) {
    if (step.menungguPemohon()) {
      return null;
    }
    CalendarKind kind = sop.step(step.task()).orElseThrow().calendar();
    if (step.tenggat() != null) {
      Instant day = SopTestEngine.CALENDAR.endOf(java.time.LocalDate.parse(step.tenggat()), kind);
      return Date.from(EngineTransaction.truncate(step.waktu() == null ? day
          : SopTestEngine.CALENDAR.minus(day, StandardTime.parse(step.waktu()), kind)));
    }
    return Date.from(EngineTransaction.truncate(SopTestEngine.CALENDAR.plus(created, StandardTime.parse(step.waktu()), kind)));
  }

  private static List<String> openTaskKeys(TaskService tasks, ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).list().stream()
        .map(Task::getTaskDefinitionKey).toList();
  }

  private static List<String> candidateGroups(TaskService tasks, Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .map(link -> link.getGroupId() != null ? link.getGroupId() : "user:" + link.getUserId())
        .toList();
  }

  private static List<String> ids(Stream<String> ids) {
    return ids.toList();
  }

  static List<Path> pathFiles() {
    try (Stream<Path> files = Files.list(PATHS)) {
      return files.filter(file -> file.toString().endsWith(".paths.yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One {@code <key>.paths.yaml}: the SOP key and its paths. */
  record SopPaths(String key, List<SopPath> paths) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * A step group is one task, or several that run at once (after a parallel gateway); {@code variables}
     * are the case's when it starts.
     */
    record SopPath(String end, Map<String, Object> variables, List<List<Step>> steps) {
      List<String> taskIds() {
        return steps.stream().flatMap(List::stream).map(Step::task).toList();
      }
    }

    /**
     * @param menungguPemohon the office waits for the applicant here: no standard time, no due date
     * @param tenggat for a step due by a date of the case ({@code sop.tenggat-dari}), that date; {@code waktu}
     *     is then the lead time before it
     */
    record Step(String task, String role, String waktu,
                @JsonProperty("menunggu-pemohon") boolean menungguPemohon, String tenggat,
                Map<String, Object> variables) {
    }

    @SuppressWarnings("unchecked")
    static SopPaths read(Path file) {
      try {
        Map<String, Object> root = YAML.readValue(file.toFile(), Map.class);
        List<SopPath> paths = new ArrayList<>();
        for (Map<String, Object> path : (List<Map<String, Object>>) root.get("paths")) {
          List<List<Step>> groups = new ArrayList<>();
          for (Object entry : (List<Object>) path.get("steps")) {
            List<Object> group = entry instanceof List<?> list ? (List<Object>) list : List.of(entry);
            groups.add(group.stream().map(step -> YAML.convertValue(step, Step.class)).toList());
          }
          Map<String, Object> variables = (Map<String, Object>) path.get("variables");
          paths.add(new SopPath((String) path.get("end"), variables == null ? Map.of() : variables, groups));
        }
        return new SopPaths((String) root.get("key"), paths);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + file, e);
      }
    }
  }
}
