package org.sopflow.model;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the SOP models and the role catalogue are read from ({@code sop.processes.*}).
 *
 * @param location a Spring resource location of the folder holding {@code *.bpmn}, {@code *.dmn},
 *     {@code *.form} and {@code roles.yaml}; {@code classpath:processes/} (packaged in the jar) or
 *     e.g. {@code file:/srv/sop/processes/}
 * @param deploy what a new or changed SOP model in the folder becomes, at start-up and when watched:
 *     {@code draft}, a draft of its SOP (pembaruan SOP) that runs only once approved; {@code live}, a
 *     new engine version at once (the demo profile, for modellers trying things). Forms and decision
 *     tables are deployed as they are in both.
 * @param deploymentName the Camunda deployment name; unchanged files are filtered against it
 * @param watch lint and redeploy a changed file while the server runs (a {@code file:} location only)
 * @param watchInterval how often the folder is looked at; a change is deployed once it has stayed
 *     the same for one more interval, so a file still being written is not deployed half-way
 * @param tenant the perangkat daerah (OPD) the folder belongs to: the Camunda tenant its SOPs are
 *     deployed to, whose data only the OPD's roles see; empty for none (a single-office install
 *     without tenants)
 */
@ConfigurationProperties("sop.processes")
public record ProcessesProperties(@DefaultValue("classpath:processes/") String location,
                                  @DefaultValue("sop-processes") String deploymentName,
                                  @DefaultValue("false") boolean watch,
                                  @DefaultValue("PT1S") Duration watchInterval,
                                  @DefaultValue("draft") DeployMode deploy,
                                  @DefaultValue("") String tenant) {

  /** What a changed SOP model becomes. */
  public enum DeployMode { DRAFT, LIVE }

  /** The tenant of the folder's deployments, or null when it has none. */
  public String tenantId() {
    return tenant == null || tenant.isBlank() ? null : tenant.trim();
  }

  /** The location as a folder, always ending with a slash. */
  public String folder() {
    return location.endsWith("/") ? location : location + "/";
  }
}
