package org.sopflow.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.modulith.NamedInterface;

/**
 * What a feature module adds to the engine, through {@link SopEnginePlugin}: checks of a new
 * deployment, listeners on every parsed SOP, work after a deployment, and a look at migrations.
 * Hooks run in the order of their {@link #stage()}, whoever builds the plugin.
 */
@NamedInterface("hooks")
public interface SopEngineHook {

  /** The order hooks run in, for every engine (application, tests, commands). */
  @NamedInterface("hooks")
  enum Stage {
    /** The SOP lint: refuses a deployment with errors before anything of it is parsed. */
    LINT,
    /** What a deployment may not contain at all (scripts in languages not allowed). */
    POLICY,
    /** Offer each user task to its lane's role. */
    ROLES,
    /** Which variables are an applicant's personal data, and who sees them. */
    PERSONAL_DATA,
    /** Record procedure deviations. */
    DEVIATION,
    /** Standard and service deadlines. */
    DEADLINE,
    /** The citizen's tracking code, once the service deadline is set. */
    TRACKING,
    /** Notifications of offered and assigned steps, once their deadlines are set. */
    NOTIFICATION,
    /** Pembaruan SOP: the renewal SOP's steps move the SOP version they are about. */
    RENEWAL,
    /** Tindak lanjut: the follow-up SOP's steps move the follow-up they are about. */
    FOLLOW_UP
  }

  Stage stage();

  /** A deployment about to be stored; throw {@link org.camunda.bpm.engine.ParseException} to refuse it. */
  default void beforeDeploy(NewDeployment deployment) {
  }

  /** Every parse of an SOP: on its deployment and when a node loads it into its cache. */
  default void parsed(ParsedSop process) {
  }

  /** A deployment stored, in its transaction, with the SOPs parsed from it. */
  default void afterDeploy(NewDeployment deployment) {
  }

  /**
   * Migration moved an activity instance of an SOP (no listener runs on migration), in the
   * migration's transaction; {@code previousActivityId} is where it was before, in the process
   * definition {@code previousDefinitionId}.
   */
  default void migrated(DelegateExecution execution, String previousDefinitionId, String previousActivityId,
                        String activityId) {
  }
}
