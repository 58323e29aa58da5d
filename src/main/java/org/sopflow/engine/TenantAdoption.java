package org.sopflow.engine;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sopflow.model.ProcessesProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/**
 * An installation that ran without tenant and now names its OPD ({@code sop.processes.tenant}):
 * at the first start with the tenant, everything the engine stored without a tenant (deployments,
 * definitions, running cases, their tasks, variables and jobs, history) becomes the tenant's, so
 * running cases carry on, each SOP keeps one line of versions, and the OPD's roles see their own
 * history. Once the tenant has a deployment nothing is moved again: a model deployed later without
 * a tenant stays shared.
 */
@Order(5)
class TenantAdoption implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(TenantAdoption.class);
  /** Camunda 7.24's tables with a tenant column, but the memberships. */
  private static final List<String> TABLES = List.of("ACT_RE_DEPLOYMENT", "ACT_GE_BYTEARRAY", "ACT_RE_PROCDEF",
      "ACT_RE_CAMFORMDEF", "ACT_RE_DECISION_DEF", "ACT_RE_DECISION_REQ_DEF", "ACT_RE_CASE_DEF", "ACT_RU_EXECUTION",
      "ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_VARIABLE", "ACT_RU_JOB", "ACT_RU_JOBDEF", "ACT_RU_EVENT_SUBSCR",
      "ACT_RU_INCIDENT", "ACT_RU_EXT_TASK", "ACT_RU_BATCH", "ACT_RU_CASE_EXECUTION", "ACT_RU_CASE_SENTRY_PART",
      "ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK",
      "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT", "ACT_HI_OP_LOG", "ACT_HI_INCIDENT", "ACT_HI_JOB_LOG", "ACT_HI_BATCH",
      "ACT_HI_EXT_TASK_LOG", "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT", "ACT_HI_CASEINST",
      "ACT_HI_CASEACTINST");

  private final ProcessEngineConfigurationImpl configuration;
  private final EngineCommands commands;
  private final EngineTransaction transaction;
  private final String tenantId;

  TenantAdoption(ProcessEngine engine, EngineCommands commands, EngineTransaction transaction,
                 ProcessesProperties processes) {
    this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.commands = commands;
    this.transaction = transaction;
    this.tenantId = processes.tenantId();
  }

  @Override
  public void run(ApplicationArguments args) {
    if (tenantId == null) {
      return;
    }
    int deployments = commands.run(this::adopt);
    if (deployments > 0) {
      configuration.getDeploymentCache().purgeCache();
      LOG.info("{} deployments stored without tenant, with their cases and history, now belong to tenant '{}'",
          deployments, tenantId);
    }
  }

  /** @return how many deployments were moved; none when the tenant already has one */
  private int adopt() {
    boolean tenantDeployed = !transaction.query("SELECT ID_ FROM ACT_RE_DEPLOYMENT WHERE TENANT_ID_ = ?",
        row -> row.getString(1), tenantId).isEmpty();
    if (tenantDeployed) {
      return 0;
    }
    int deployments = transaction.update("UPDATE ACT_RE_DEPLOYMENT SET TENANT_ID_ = ? WHERE TENANT_ID_ IS NULL",
        tenantId);
    if (deployments > 0) {
      TABLES.stream().skip(1).forEach(table ->
          transaction.update("UPDATE " + table + " SET TENANT_ID_ = ? WHERE TENANT_ID_ IS NULL", tenantId));
    }
    return deployments;
  }
}
