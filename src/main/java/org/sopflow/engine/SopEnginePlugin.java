package org.sopflow.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.sopflow.engine.internal.AuthorizationStatistics;
import org.sopflow.engine.internal.HookParseListener;
import org.sopflow.engine.internal.LeanTaskGrants;
import org.sopflow.engine.internal.LockoutReportingIdentityProvider;
import org.sopflow.engine.internal.MigrationWatch;
import org.sopflow.engine.internal.ModelsReadAhead;
import org.sopflow.engine.internal.PendingWrites;
import org.sopflow.engine.internal.ScalableAuthorizationManager;
import org.sopflow.engine.internal.SopDeployer;
import org.sopflow.engine.internal.SopModelParseListener;
import org.sopflow.engine.internal.VariableReadFilter;

/**
 * The SOP layer's one engine plugin, used alike by the application, the test engine and the
 * document command: reads the SOP of every parsed process with the SOP reader, then runs the feature modules'
 * {@link SopEngineHook}s in the order of their stage.
 */
public final class SopEnginePlugin extends AbstractProcessEnginePlugin {

  /** Lane ids (and so role and demo user ids) use '-' and '.'; Camunda allows only letters and digits by default. */
  static final String RESOURCE_ID_PATTERN = "[a-zA-Z0-9][a-zA-Z0-9._@-]*|camunda-admin";
  private static final String CAMUNDA_DEFAULT_PATTERN = "[a-zA-Z0-9]+|camunda-admin";

  private final List<SopEngineHook> hooks;
  private final ModelsReadAhead readAhead;
  private final LoginLockouts lockouts;
  private final ModelBeans beans;

  public SopEnginePlugin(List<? extends SopEngineHook> hooks) {
    this(hooks, ModelsReadAhead.NONE, LoginLockouts.NONE, null);
  }

  /**
   * @param readAhead the models read at start-up; {@code lockouts} told of each delayed login
   * @param beans the only beans the engine's expressions see; null leaves the engine's expression manager as built
   */
  public SopEnginePlugin(List<? extends SopEngineHook> hooks, ModelsReadAhead readAhead, LoginLockouts lockouts,
                         ModelBeans beans) {
    this.hooks = hooks.stream().map(SopEngineHook.class::cast)
        .sorted(Comparator.comparing(SopEngineHook::stage)).toList();
    this.readAhead = readAhead;
    this.lockouts = lockouts;
    this.beans = beans;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (CAMUNDA_DEFAULT_PATTERN.equals(configuration.getGeneralResourceWhitelistPattern())) {
      configuration.setGeneralResourceWhitelistPattern(RESOURCE_ID_PATTERN);
    }
    PendingWrites.register(configuration);
    // Need to know: roles read the cases that reached them, by grants on the historic instance; a
    // grant per case must not make every checked query scan them all, nor add grants per task; a new
    // task's grants are written without looking for ones it cannot have yet.
    configuration.setEnableHistoricInstancePermissions(true);
    configuration.setResourceAuthorizationProvider(new LeanTaskGrants());
    ScalableAuthorizationManager.register(configuration);
    if (beans != null) { // instead of Spring's, which resolves every bean of the application
      configuration.setExpressionManager(new JuelExpressionManager(new HashMap<>(beans.beans())));
    }
    if (configuration.getIdentityProviderSessionFactory() == null) { // Camunda's own users, not LDAP
      configuration.setIdentityProviderSessionFactory(LockoutReportingIdentityProvider.factory(lockouts));
    }
    SopDeployer deployer = new SopDeployer(hooks, readAhead);
    add(configuration::getCustomPreDeployers, configuration::setCustomPreDeployers, deployer);
    add(configuration::getCustomPreBPMNParseListeners, configuration::setCustomPreBPMNParseListeners,
        new SopModelParseListener(deployer));
    add(configuration::getCustomPostBPMNParseListeners, configuration::setCustomPostBPMNParseListeners,
        new HookParseListener(hooks));
    add(configuration::getCustomPostDeployers, configuration::setCustomPostDeployers, new SopDeployer.After(hooks));
    hooks.stream().filter(VariableReadPolicy.class::isInstance).map(VariableReadPolicy.class::cast).findFirst()
        .ifPresent(policy -> {
          VariableReadFilter filter = new VariableReadFilter(policy);
          add(configuration::getCustomPostCommandInterceptorsTxRequired,
              configuration::setCustomPostCommandInterceptorsTxRequired, filter);
          add(configuration::getCustomPostCommandInterceptorsTxRequiresNew,
              configuration::setCustomPostCommandInterceptorsTxRequiresNew, filter);
        });
    add(configuration::getCustomHistoryEventHandlers, configuration::setCustomHistoryEventHandlers,
        new MigrationWatch(hooks));
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    AuthorizationStatistics.create(engine);
  }

  private static <T> void add(Supplier<List<T>> get, Consumer<List<T>> set, T element) {
    if (get.get() == null) {
      set.accept(new ArrayList<>());
    }
    get.get().add(element);
  }
}
