package org.sopflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.sopflow.deviation.EventFilter;
import org.sopflow.deviation.MaladministrationEvent;
import org.sopflow.deviation.MaladministrationEvents;

/**
 * One engine as staff use it: a clock that tests move instead of sleeping, demo staff with their
 * roles, and a look into the maladministration log.
 */
public final class EngineScenario {

  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private final ProcessEngine engine;

  public EngineScenario(ProcessEngine engine) {
    this.engine = engine;
    ensureStaff();
  }

  public ProcessEngine engine() {
    return engine;
  }

  /** Sets the engine clock to a moment in Probolinggo, e.g. {@code 2026-11-24T11:00}. */
  public static Instant clockAt(String wibDateTime) {
    Instant moment = wib(wibDateTime);
    ClockUtil.setCurrentTime(Date.from(moment));
    return moment;
  }

  public static Instant wib(String wibDateTime) {
    return LocalDateTime.parse(wibDateTime).atZone(WIB).toInstant();
  }

  /**
   * Waits for the timing figures' background preload of a Spring context that just started. The
   * figures are topped up by completion time, which a test moving the engine clock back and forth
   * does not keep in order: a preload reading half of a test's runs would hide the rest.
   */
  public static void awaitTimingPreload() {
    Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().equals("sop-timing-preload"))
        .forEach(thread -> {
          try {
            thread.join(60_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
  }

  /**
   * Waits out the timing figures' freshness (one second: requests within it share one read), so
   * that the next request reads the runs a test just made.
   */
  public static void awaitTimingFreshness() {
    try {
      Thread.sleep(1_100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static void resetClock() {
    ClockUtil.reset();
  }

  /** After a test: the real clock again, and no deployment (with its instances) left behind. */
  public void reset() {
    resetClock();
    var repository = engine.getRepositoryService();
    SopTestEngine.deleteDeployments(repository);
  }

  public String deploy(String resourceName, String xml) {
    return engine.getRepositoryService().createDeployment().addString(resourceName, xml).deploy().getId();
  }

  /** A case of the SOP moved from its first task straight to the end event, as if served (process instance modification). */
  public String served(String key, String end) {
    String instance = engine.getRuntimeService().startProcessInstanceByKey(key).getId();
    String at = task(instance).getTaskDefinitionKey();
    as("admin", () -> engine.getRuntimeService().createProcessInstanceModification(instance)
        .cancelAllForActivity(at).startBeforeActivity(end).execute());
    return instance;
  }

  public Task task(String processInstanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  /** Runs the action as the given user with the user's groups and tenants, like an authenticated REST call. */
  public void as(String userId, Runnable action) {
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
        .map(org.camunda.bpm.engine.identity.Tenant::getId).toList();
    identity.setAuthentication(userId, groups, tenants);
    try {
      action.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  public List<MaladministrationEvent> events(String processInstanceId) {
    return log().find(new EventFilter(null, processInstanceId, null, null, null, null, null), 0, 1000);
  }

  /** The maladministration log of this engine's database, as the application reads it. */
  public MaladministrationEvents log() {
    return MaladministrationEvents.on(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDataSource());
  }

  public Connection connection() throws SQLException {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource().getConnection();
  }

  /** budi works at the PPID desk, sari is the PPID, admin administers; nobody else has a role. */
  private void ensureStaff() {
    member("budi", "ppid-petugas");
    member("sari", "ppid");
    member("atasan", "atasan-ppid");
    member("admin", "camunda-admin");
    member("orang-luar", null);
  }

  private void member(String userId, String groupId) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      identity.saveUser(user);
      if (groupId != null) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
          Group group = identity.newGroup(groupId);
          identity.saveGroup(group);
        }
        identity.createMembership(userId, groupId);
      }
    }
  }
}
