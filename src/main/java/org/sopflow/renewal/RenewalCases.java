package org.sopflow.renewal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sopflow.engine.CurrentUser;
import org.sopflow.model.Opds;
import org.sopflow.model.ProcessesProperties;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopReader;
import org.springframework.stereotype.Component;

/**
 * The renewal of an SOP as a case of the catalogue's SOP <i>Penyusunan dan Pembaruan SOP</i>
 * ({@value #SOP}): a draft sent by the drafting team starts one, its tasks in Tasklist move the draft
 * ({@link RenewalHook}), with standard times and deviations as in every SOP. Where that SOP is not in
 * force (it is a draft itself), the version moves through {@code /api/versi} alone.
 */
@Component
class RenewalCases {

  /** The case's variables the forms show; the version id ties the case to its draft. */
  static final String VERSION = "versiId";
  private static final Logger LOG = LoggerFactory.getLogger(RenewalCases.class);

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final SopVersions versions;

  /** The office's tenant (null without one): its renewal SOP is the one started. */
  private final String tenantId;
  private final RoleCatalogue roles;
  private final Opds opds;

  RenewalCases(RuntimeService runtime, RepositoryService repository, IdentityService identity, SopVersions versions,
               ProcessesProperties processes, RoleCatalogue roles, Opds opds) {
    this.roles = roles;
    this.opds = opds;
    this.tenantId = processes.tenantId();
    this.runtime = runtime;
    this.repository = repository;
    this.identity = identity;
    this.versions = versions;
  }

  /**
   * Starts the renewal case of a draft in its SOP's OPD, unless one runs for it or that OPD has no
   * renewal SOP in force.
   */
  void start(SopVersion draft) {
    asEngine(() -> {
      String opd = opdOf(draft);
      String renewal = opds.renewalSopOf(opd);
      var inForce = repository.createProcessDefinitionQuery().processDefinitionKey(renewal).active();
      if ((opd == null ? inForce.withoutTenantId() : inForce.tenantIdIn(opd)).count() == 0) {
        LOG.info("SOP '{}' is not in force{}: draft {} of '{}' moves through /api/versi", renewal,
            opd == null ? "" : " in OPD '" + opd + "'", draft.id(), draft.sopKey());
        return null;
      }
      if (open(draft.id()).isEmpty()) {
        Map<String, Object> variables = new HashMap<>(describe(draft));
        variables.put(VERSION, draft.id());
        var start = runtime.createProcessInstanceByKey(renewal);
        (opd == null ? start.processDefinitionWithoutTenantId() : start.processDefinitionTenantId(opd))
            .businessKey(draft.sopKey()).setVariables(variables).execute();
      }
      return null;
    });
  }

  /** The OPD whose SOP the version is: that of its model's lanes (the office's without tenants). */
  String opdOf(SopVersion version) {
    return roles.opdOf(sopOf(version)).orElse(tenantId);
  }

  /** The renewal SOP of the version's OPD. */
  String renewalSopOf(SopVersion version) {
    return opds.renewalSopOf(opdOf(version));
  }

  private SopDefinition sopOf(SopVersion version) {
    return SopReader.of(SopReader.parse(versions.model(version).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .get(0).read().sop();
  }

  /** What the case's forms show of the draft: its SOP, why it is renewed, what changed. */
  Map<String, Object> describe(SopVersion version) {
    String name = sopOf(version).name();
    return Map.of("sopKunci", version.sopKey(), "namaSop", name,
        "alasan", version.note() == null ? "-" : version.note(),
        "perubahan", ModelChanges.asText(versions.changes(version.id())));
  }

  Optional<ProcessInstance> open(String versionId) {
    return asEngine(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKeyIn(opds.renewalSops().toArray(String[]::new))
        .variableValueEquals(VERSION, versionId).list().stream().findFirst());
  }

  /**
   * The version was moved outside its case (by {@code camunda-admin} through the API): the case ends
   * as cancelled, which the maladministration log records, with who and why.
   */
  void cancel(String versionId, String reason) {
    open(versionId).ifPresent(instance -> asEngine(() -> {
      runtime.deleteProcessInstance(instance.getId(), reason);
      return null;
    }));
  }

  private <T> T asEngine(Supplier<T> work) {
    return CurrentUser.asEngine(identity, work);
  }
}
