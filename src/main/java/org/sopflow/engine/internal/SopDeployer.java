package org.sopflow.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.impl.cfg.TransactionContext;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.sopflow.engine.NewDeployment;
import org.sopflow.engine.SopEngineHook;
import org.sopflow.model.SopDefinition;
import org.sopflow.model.SopReader;

/**
 * Runs before Camunda parses a deployment (also when a node loads a stored one into its cache):
 * hands a new deployment to the hooks' checks, then reads the SOP of every BPMN file with the
 * {@link SopReader} for {@link SopModelParseListener}. Each file is parsed into a model once, for
 * the checks and the reader alike, or taken from the models read ahead at start-up.
 */
public class SopDeployer implements Deployer {

  private final List<SopEngineHook> hooks;
  private final ModelsReadAhead readAhead;
  /**
   * The SOPs read for the deployments being parsed, by engine command and deployment id, until the
   * command ends: two commands may load the same stored deployment into their node's cache at once.
   */
  private final Map<CommandContext, Map<String, Map<String, SopReader.Result>>> beingParsed = new ConcurrentHashMap<>();

  public SopDeployer(List<SopEngineHook> hooks, ModelsReadAhead readAhead) {
    this.hooks = hooks;
    this.readAhead = readAhead;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (deployment.getResources() == null) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    Stored stored = new Stored(deployment, context, readAhead);
    if (deployment.isNew()) {
      hooks.forEach(hook -> hook.beforeDeploy(stored));
    }
    Map<String, SopReader.Result> sops = new HashMap<>();
    stored.resources().keySet().stream().filter(SopDeployer::isBpmn).map(stored::read).flatMap(Optional::stream)
        .forEach(read -> sops.putAll(read.sops()));
    if (!beingParsed.containsKey(context)) {
      // forgotten when the command ends, whether Camunda parsed the deployment or refused it
      TransactionContext transaction = context.getTransactionContext();
      transaction.addTransactionListener(TransactionState.COMMITTED, ended -> beingParsed.remove(context));
      transaction.addTransactionListener(TransactionState.ROLLED_BACK, ended -> beingParsed.remove(context));
    }
    beingParsed.computeIfAbsent(context, command -> new ConcurrentHashMap<>()).put(deployment.getId(), sops);
  }

  /** How many commands hold SOPs read for a deployment: those parsing one now, none between commands. */
  public int deploymentsBeingParsed() {
    return beingParsed.size();
  }

  /** The SOPs the running command read from a deployment it parses, by process key; empty when none was read. */
  Map<String, SopReader.Result> beingParsed(String deploymentId) {
    return beingParsed.getOrDefault(Context.getCommandContext(), Map.of()).getOrDefault(deploymentId, Map.of());
  }

  static boolean isBpmn(String name) {
    return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
  }

  /** After Camunda stored a new deployment: the hooks' follow-up work, without the deployer's authorization. */
  static class Stored implements NewDeployment {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeploymentEntity deployment;
    private final CommandContext context;
    private final ModelsReadAhead readAhead;
    private final Map<String, Optional<ReadModel>> models = new HashMap<>();
    private Map<String, byte[]> forms;

    Stored(DeploymentEntity deployment, CommandContext context, ModelsReadAhead readAhead) {
      this.deployment = deployment;
      this.context = context;
      this.readAhead = readAhead;
    }

    @Override
    public String name() {
      return deployment.getName();
    }

    @Override
    public String id() {
      return deployment.getId();
    }

    @Override
    public String tenantId() {
      return deployment.getTenantId();
    }

    @Override
    public List<String> otherTenantsWithProcess(String key) {
      String tenant = deployment.getTenantId();
      return EngineSql.query("SELECT DISTINCT TENANT_ID_ FROM ACT_RE_PROCDEF WHERE KEY_ = ? AND "
              + (tenant == null ? "TENANT_ID_ IS NOT NULL" : "(TENANT_ID_ IS NULL OR TENANT_ID_ <> ?)"),
          row -> String.valueOf(row.getString(1)), tenant == null ? new Object[] {key} : new Object[] {key, tenant});
    }

    @Override
    public void assignTenant(String tenantId) {
      deployment.setTenantId(tenantId);
      deployment.getResources().values().forEach(resource -> resource.setTenantId(tenantId));
    }

    @Override
    public Map<String, byte[]> resources() {
      Map<String, byte[]> resources = new LinkedHashMap<>();
      deployment.getResources().forEach((name, resource) -> resources.put(name, resource.getBytes()));
      return resources;
    }

    @Override
    public Optional<BpmnModelInstance> model(String resourceName) {
      return read(resourceName).map(ReadModel::model);
    }

    @Override
    public Map<String, SopReader.Result> reads(String resourceName) {
      return read(resourceName).map(ReadModel::sops).orElse(Map.of());
    }

    /** A BPMN resource read once per deployment: read ahead at start-up, or now. */
    Optional<ReadModel> read(String resourceName) {
      return models.computeIfAbsent(resourceName, name -> {
        ResourceEntity resource = deployment.getResource(name);
        try {
          return resource == null ? Optional.empty() : readAhead.take(resource.getBytes())
              .or(() -> Optional.of(ReadModel.of(resource.getBytes())));
        } catch (RuntimeException unreadable) {
          return Optional.empty(); // the lint names why; Camunda's parser refuses it
        }
      });
    }

    /** The latest form of that id deployed before. */
    private Optional<byte[]> deployedForm(String formId) {
      CamundaFormDefinitionEntity form = context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId);
      if (form == null) {
        return Optional.empty();
      }
      ResourceEntity resource = context.getResourceManager()
          .findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName());
      return Optional.of(resource == null ? new byte[0] : resource.getBytes());
    }

    @Override
    public Optional<byte[]> form(String formId) {
      if (forms == null) {
        forms = new HashMap<>();
        resources().forEach((name, content) -> {
          if (name.endsWith(".form")) {
            formId(content).ifPresent(id -> forms.putIfAbsent(id, content));
          }
        });
      }
      return Optional.ofNullable(forms.get(formId)).or(() -> deployedForm(formId));
    }

    private static Optional<String> formId(byte[] json) {
      try {
        JsonNode id = JSON.readTree(json).get("id");
        return id == null || !id.isTextual() ? Optional.empty() : Optional.of(id.asText());
      } catch (IOException e) {
        return Optional.empty();
      }
    }

    @Override
    public List<SopDefinition> sops() {
      List<ProcessDefinitionEntity> definitions = deployment.getDeployedArtifacts(ProcessDefinitionEntity.class);
      return definitions == null ? List.of()
          : definitions.stream().map(ParsedSops::of).flatMap(Optional::stream).toList();
    }

    @Override
    public AuthorizationService authorizations() {
      return context.getProcessEngineConfiguration().getAuthorizationService();
    }
  }

  /** The post-deployer: new deployments to the hooks' {@code afterDeploy}, without authorization checks. */
  public static class After implements Deployer {

    private final List<SopEngineHook> hooks;

    public After(List<SopEngineHook> hooks) {
      this.hooks = hooks;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
      if (!deployment.isNew() || deployment.getResources() == null) {
        return;
      }
      CommandContext context = Context.getCommandContext();
      Stored stored = new Stored(deployment, context, ModelsReadAhead.NONE);
      context.runWithoutAuthorization(() -> {
        hooks.forEach(hook -> hook.afterDeploy(stored));
        return null;
      });
    }
  }
}
