package org.sopflow.model;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the SOP models and the role catalogues are read from ({@code sop.processes.*}).
 *
 * @param location a Spring resource location of the city's folder, one sub-folder per perangkat
 *     daerah (OPD) listed in {@code opds}; {@code classpath:processes/} (packaged in the jar) or e.g.
 *     {@code file:/srv/sop/processes/}. With no {@code opds} the location itself is one OPD's folder.
 *     An OPD's folder holds its {@code *.bpmn}, {@code *.dmn}, {@code *.form}, {@code roles.yaml},
 *     {@code opd.yaml} (its name, head, address and e-mail sender), {@code standar-pelayanan/} and
 *     {@code sop-dokumen.yaml}
 * @param opds the OPDs on this installation: each the folder {@code <location>/<id>/} and the Camunda
 *     tenant {@code <id>}, whose SOPs, cases and reports only its own roles see. Adding an OPD is its
 *     folder and its id here. The first is the one an installation that ran without tenants belonged to
 * @param tenant with no {@code opds} only: the tenant of the one folder; empty for none (a
 *     single-office install without tenants)
 * @param deploy what a new or changed SOP model in the folder becomes, at start-up and when watched:
 *     {@code draft}, a draft of its SOP (pembaruan SOP) that runs only once approved; {@code live}, a
 *     new engine version at once (the demo profile, for modellers trying things). Forms and decision
 *     tables are deployed as they are in both.
 * @param deploymentName the Camunda deployment name (one deployment line per OPD); unchanged files
 *     are filtered against it
 * @param watch lint and redeploy a changed file while the server runs (a {@code file:} location only)
 * @param watchInterval how often the folder is looked at; a change is deployed once it has stayed
 *     the same for one more interval, so a file still being written is not deployed half-way
 */
@ConfigurationProperties("sop.processes")
public record ProcessesProperties(@DefaultValue("classpath:processes/") String location,
                                  @DefaultValue("sop-processes") String deploymentName,
                                  @DefaultValue("false") boolean watch,
                                  @DefaultValue("PT1S") Duration watchInterval,
                                  @DefaultValue("draft") DeployMode deploy,
                                  @DefaultValue("") String tenant,
                                  @DefaultValue({}) List<String> opds) {

  /** What a changed SOP model becomes. */
  public enum DeployMode { DRAFT, LIVE }

  public ProcessesProperties {
    opds = opds == null ? List.of() : opds.stream().map(String::trim).filter(id -> !id.isEmpty()).toList();
    for (String id : opds) {
      if (!id.matches("[a-z][a-z0-9-]*")) {
        throw new IllegalArgumentException("sop.processes.opds: '" + id + "' is not an OPD id; use lower-case"
            + " letters, digits and '-' (it names the folder and the Camunda tenant)");
      }
    }
    if (opds.size() != opds.stream().distinct().count()) {
      throw new IllegalArgumentException("sop.processes.opds lists an OPD twice: " + opds);
    }
  }

  /**
   * One OPD's folder (a Spring resource location ending with a slash) and its tenant, null for none.
   *
   * @param path the folder's path in the location, ending with a slash ({@code diskominfo/}); empty
   *     when the location is the folder
   */
  public record OpdFolder(String tenantId, String folder, String path) {

    /** A folder that is the whole location, e.g. one given to the command-line tools. */
    public static OpdFolder of(String folder) {
      return new OpdFolder(null, folder, "");
    }
  }

  /** The OPDs' folders, as listed; the location itself when no OPD is listed. */
  public List<OpdFolder> opdFolders() {
    if (opds.isEmpty()) {
      return List.of(new OpdFolder(tenant == null || tenant.isBlank() ? null : tenant.trim(), folder(), ""));
    }
    return opds.stream().map(id -> new OpdFolder(id, folder() + id + "/", id + "/")).toList();
  }

  /** The folder of an OPD of the city's location by its id (one added while the server runs). */
  public OpdFolder folderOf(String opd) {
    return new OpdFolder(opd, folder() + opd + "/", opd + "/");
  }

  /**
   * The tenant of the OPD an installation without tenants belonged to (the first listed), or null
   * when there are none.
   */
  public String tenantId() {
    return opdFolders().get(0).tenantId();
  }

  /** The location as a folder, always ending with a slash. */
  public String folder() {
    return location.endsWith("/") ? location : location + "/";
  }
}
