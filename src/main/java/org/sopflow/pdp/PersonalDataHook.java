package org.sopflow.pdp;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.sopflow.engine.EngineTransaction;
import org.sopflow.engine.NewDeployment;
import org.sopflow.engine.ParsedSop;
import org.sopflow.engine.SopEngineHook;
import org.sopflow.engine.VariableReadPolicy;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.SopProperty;
import org.sopflow.model.SopReader;

/**
 * Personal data (UU 27/2022), as the engine sees it. On deployment, records which variables of each
 * SOP are an applicant's personal data ({@code sop.data-pribadi}) and which roles' steps show them,
 * refusing a name no form shows. On every read by a user, hides those variables from anyone not in
 * such a role (or {@code camunda-admin}, who answers a citizen's request for their data) and logs
 * each case whose personal data a user was shown. Refuses a case whose register number holds personal
 * data. Sets how long Camunda keeps a finished case.
 */
public final class PersonalDataHook implements SopEngineHook, VariableReadPolicy {

  private final EngineTransaction transaction;
  private final Clock clock;
  private final RoleCatalogue roles;
  private final int defaultRetentionDays;
  /** Per process definition id: each personal variable with the roles that see it (a version never changes). */
  private final Map<String, Personal> byDefinition = new ConcurrentHashMap<>();

  /** @param defaultRetentionDays how long cases of an SOP that states no retention are kept */
  public PersonalDataHook(EngineTransaction transaction, Clock clock, RoleCatalogue roles, int defaultRetentionDays) {
    this.defaultRetentionDays = defaultRetentionDays;
    this.transaction = transaction;
    this.clock = clock;
    this.roles = roles;
  }

  @Override
  public Stage stage() {
    return Stage.PERSONAL_DATA;
  }

  /**
   * Retention: {@code sop.retensi} becomes Camunda's history time to live, so its history clean-up
   * removes the case (and the grants on it) that long after it ended; a model stating neither takes
   * the configured default.
   */
  @Override
  public void parsed(ParsedSop process) {
    keepPersonalDataOutOfTheRegisterNumber(process);
    String retensi = process.sop().identity(SopProperty.RETENSI);
    try {
      if (retensi != null) {
        process.historyTimeToLive(Retention.days(retensi));
      } else if (process.modelledHistoryTimeToLive() == null) {
        process.historyTimeToLive(defaultRetentionDays);
      }
    } catch (IllegalArgumentException e) {
      process.refuse("SOP '" + process.sop().key() + "': sop.retensi " + e.getMessage());
    }
  }

  /** Every way of starting a case (REST, Tasklist, a message, the Java API) passes the start listener. */
  private static void keepPersonalDataOutOfTheRegisterNumber(ParsedSop process) {
    String key = process.sop().key();
    List<String> declared = PersonalFields.declared(process.sop());
    process.onProcess(ExecutionListener.EVENTNAME_START, execution -> {
      String businessKey = execution.getProcessBusinessKey();
      if (businessKey == null) {
        return;
      }
      Map<String, Object> personalValues = new HashMap<>();
      declared.forEach(name -> personalValues.put(name, execution.getVariable(name)));
      BusinessKeyCheck.problem(businessKey, personalValues).ifPresent(problem -> {
        throw new BadUserRequestException("SOP '" + key + "': " + problem);
      });
    });
  }

  @Override
  public void beforeDeploy(NewDeployment deployment) {
    for (String resource : deployment.resources().keySet()) {
      BpmnModelInstance model = deployment.model(resource).orElse(null);
      for (SopReader.Result read : model == null ? List.<SopReader.Result>of() : deployment.reads(resource).values()) {
        List<String> problems = new ArrayList<>();
        PersonalFields fields = PersonalFields.read(read.sop(), model, deployment::form, problems);
        if (!problems.isEmpty()) {
          throw new ParseException(resource + ": " + String.join("; ", problems), resource, List.of(), List.of());
        }
        fields.rows().forEach(row -> transaction.updateAtFlush("INSERT INTO sop_personal_field"
            + " (deployment_id, process_key, variable, label, role) VALUES (?, ?, ?, ?, ?)",
            deployment.id(), read.sop().key(), row[0], row[1], row[2]));
      }
    }
  }

  @Override
  public Set<String> hidden(String processDefinitionId, Collection<String> names, Reader reader) {
    Map<String, Set<String>> personal = personal(processDefinitionId).rolesByVariable();
    if (personal.isEmpty() || reader.groupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return Set.of();
    }
    Set<String> readerRoles = new LinkedHashSet<>();
    reader.groupIds().forEach(group -> readerRoles.add(roles.laneRoleOf(group)));
    Set<String> hidden = new LinkedHashSet<>();
    for (String name : names) {
      Set<String> allowed = personal.get(name);
      if (allowed != null && allowed.stream().noneMatch(readerRoles::contains)) {
        hidden.add(name);
      }
    }
    return hidden;
  }

  @Override
  public void shown(String processInstanceId, String processDefinitionId, Collection<String> names, Reader reader) {
    Personal personal = personal(processDefinitionId);
    List<String> personalShown = names.stream().filter(personal.rolesByVariable()::containsKey).distinct().sorted()
        .toList();
    if (!personalShown.isEmpty()) {
      transaction.updateAtFlush("INSERT INTO sop_personal_data_access (id, accessed_at, user_id, process_instance_id,"
              + " process_definition_key, variables) VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(),
          EngineTransaction.truncate(clock.instant()), reader.userId(), processInstanceId, personal.key(),
          String.join(",", personalShown));
    }
  }

  /** The SOP key of a process definition and its personal variables, each with the roles that see it. */
  private record Personal(String key, Map<String, Set<String>> rolesByVariable) {
  }

  private Personal personal(String processDefinitionId) {
    return byDefinition.computeIfAbsent(processDefinitionId, id -> {
      ProcessDefinition definition = transaction.processDefinition(id);
      Map<String, Set<String>> personal = new HashMap<>();
      transaction.query("SELECT variable, role FROM sop_personal_field WHERE deployment_id = ? AND process_key = ?",
          row -> personal.computeIfAbsent(row.getString(1), key -> new HashSet<>()).add(row.getString(2)),
          definition.getDeploymentId(), definition.getKey());
      return new Personal(definition.getKey(), Map.copyOf(personal));
    });
  }
}
