package org.sopflow.followup;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.sopflow.catalog.SopCatalog;
import org.sopflow.engine.CurrentUser;
import org.sopflow.followup.FollowUp.Source;
import org.sopflow.model.Opds;
import org.sopflow.model.ProcessesProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A follow-up as a case of the OPD's SOP <i>Tindak Lanjut Hasil Evaluasi</i> ({@code sek-tindak-lanjut},
 * or the key its {@code opd.yaml} names in {@code sop-tindak-lanjut}):
 * the responsible role plans it and carries it out by its due date, the Sekretaris checks from the
 * next period's figures that it worked; its steps move the follow-up ({@link FollowUpHook}).
 */
@Component
class FollowUpCases {

  static final String PLANNING = "rencanakan-tindak-lanjut";
  static final String CARRYING_OUT = "laksanakan-tindak-lanjut";
  static final String CHECK = "periksa-efektivitas";
  /** The case's variable tying it to its follow-up. */
  static final String ID = "tindakLanjutId";

  private final FollowUps followUps;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final TaskService tasks;
  private final IdentityService identity;
  private final SopCatalog catalog;
  private final Opds opds;

  /** The office's tenant (null without one): its follow-up SOP is the one started. */
  private final String tenantId;

  FollowUpCases(FollowUps followUps, RuntimeService runtime, RepositoryService repository, TaskService tasks,
                IdentityService identity, SopCatalog catalog, ProcessesProperties processes, Opds opds) {
    this.tenantId = processes.tenantId();
    this.opds = opds;
    this.followUps = followUps;
    this.runtime = runtime;
    this.repository = repository;
    this.tasks = tasks;
    this.identity = identity;
    this.catalog = catalog;
  }

  /** Makes a follow-up and starts its case, in one transaction: none without the other. */
  @Transactional
  FollowUp open(FollowUps.Request request, String user) {
    // the case runs in the finding's OPD, where its responsible role works; else in the office's
    String opd = java.util.Optional.ofNullable(followUps.opd(request.source())).orElse(tenantId);
    String sop = opds.followUpSopOf(opd);
    if (CurrentUser.asEngine(identity, () -> inForce(sop, opd)) == 0) {
      throw new FollowUps.FollowUpRefused("SOP '" + sop + "' (Tindak Lanjut Hasil Evaluasi) is not in force"
          + (opd == null ? "" : " in OPD '" + opd + "'") + ": approve it first (Pembaruan SOP), as follow-ups run as"
          + " its cases");
    }
    FollowUp followUp = followUps.create(request, user);
    Map<String, Object> variables = new HashMap<>(describe(followUp));
    variables.put(ID, followUp.id());
    String businessKey = followUp.source().sopKey() != null ? followUp.source().sopKey()
        : followUp.source().serviceKey();
    var start = runtime.createProcessInstanceByKey(sop);
    var ofOpd = opd == null ? start.processDefinitionWithoutTenantId() : start.processDefinitionTenantId(opd);
    String instance = CurrentUser.asEngine(identity, () -> ofOpd.businessKey(businessKey).setVariables(variables)
        .execute().getId());
    followUps.started(followUp.id(), instance);
    return followUps.get(followUp.id());
  }

  private long inForce(String sop, String opd) {
    var query = repository.createProcessDefinitionQuery().processDefinitionKey(sop).active();
    return (opd == null ? query.withoutTenantId() : query.tenantIdIn(opd)).count();
  }

  /** What the case's forms show of its follow-up. */
  Map<String, Object> describe(FollowUp followUp) {
    return Map.of("sumber", source(followUp.source()), "bukti", followUp.evidence(), "tindakan", followUp.action(),
        "penanggungJawab", followUp.responsibleRole(), "tenggat", followUp.dueOn().toString(), "revisiSop",
        followUp.revisesSop() ? "Ya" : "Tidak");
  }

  /** The figures of the day on every open effectiveness check: they grow until the check period ends. */
  @Scheduled(cron = "${sop.follow-up.refresh-cron:0 15 6 * * *}")
  void refreshChecks() {
    CurrentUser.asEngine(identity, () -> {
      tasks.createTaskQuery().processDefinitionKeyIn(opds.followUpSops().toArray(String[]::new)).taskDefinitionKey(CHECK).list().forEach(task -> {
        Object id = runtime.getVariable(task.getProcessInstanceId(), ID);
        followUps.find(String.valueOf(id)).ifPresent(followUp ->
            runtime.setVariables(task.getProcessInstanceId(), checkVariables(followUp)));
      });
      return null;
    });
  }

  /** The check step's figures, as its form shows them. */
  Map<String, Object> checkVariables(FollowUp followUp) {
    Effectiveness effectiveness = followUps.effectiveness(followUp);
    return Map.of("periodePemeriksaan", effectiveness.period().label(),
        "hasilPemeriksaan", effectiveness.asText(followUps.today()), "kesimpulanData", effectiveness.verdict());
  }

  private String source(Source source) {
    StringBuilder text = new StringBuilder(source.kind().label());
    if (source.ref() != null) {
      text.append(" (").append(source.ref()).append(')');
    }
    if (source.sopKey() != null) {
      text.append("; SOP ").append(catalog.latest(source.sopKey()).map(sop -> sop.sop().name())
          .orElse(source.sopKey()));
    }
    if (source.serviceKey() != null) {
      text.append("; layanan ").append(source.serviceKey());
    }
    if (source.activityId() != null) {
      text.append("; langkah ").append(source.activityId());
    }
    return text.append("; periode ").append(source.period().label()).toString();
  }
}
