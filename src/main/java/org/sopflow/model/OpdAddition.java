package org.sopflow.model;

import java.util.regex.Pattern;
import org.sopflow.calendar.WorkingCalendar;
import org.sopflow.model.ProcessesProperties.OpdFolder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ResourceLoader;

/**
 * Adds an OPD to a running installation, as a start would: its folder of the city's location is read
 * ({@code opd.yaml}, {@code roles.yaml} with ids city-wide, its Standar Pelayanan and calendar), it
 * joins the installation's OPDs, role catalogue and services, and {@link OpdAdded} announces it, so
 * its tenant, groups and grants are made and its models deployed. A folder that cannot be read
 * changes nothing, and the error names the file and what is wrong. The other OPDs' work goes on.
 */
public final class OpdAddition {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,62}");

  private final ProcessesProperties processes;
  private final ResourceLoader resources;
  private final WorkingCalendar calendar;
  private final Opds opds;
  private final RoleCatalogue roles;
  private final ServiceStandards standards;
  private final ApplicationEventPublisher events;

  OpdAddition(ProcessesProperties processes, ResourceLoader resources, WorkingCalendar calendar, Opds opds,
              RoleCatalogue roles, ServiceStandards standards, ApplicationEventPublisher events) {
    this.processes = processes;
    this.resources = resources;
    this.calendar = calendar;
    this.opds = opds;
    this.roles = roles;
    this.standards = standards;
    this.events = events;
  }

  /**
   * @param id the OPD's id: its folder's name and its tenant id
   * @throws IllegalArgumentException naming what cannot be added (nothing was)
   */
  public synchronized Opd add(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("id: '" + id + "' is not an OPD id; write its folder's name: lower-case"
          + " letters, digits and '-', starting with a letter (e.g. kecamatan-mayangan)");
    }
    if (opds.find(id).isPresent()) {
      throw new IllegalArgumentException("id: OPD '" + id + "' is already on this installation");
    }
    if (opds.all().stream().anyMatch(opd -> opd.tenantId() == null) || processes.opds().isEmpty()) {
      throw new IllegalArgumentException("id: this installation holds one office's folder (sop.processes.opds is"
          + " empty); list its OPDs in sop.processes.opds to add more");
    }
    OpdFolder folder = processes.folderOf(id);
    try {
      Opd opd = Opd.read(folder, resources);
      RoleCatalogue city = roles.withOpd(id, ModelConfiguration.roles(folder, resources));
      calendar.useOpdCalendar(id, opd.kalender(), folder.folder() + Opd.FILE);
      roles.replaceWith(city);
      standards.add(folder);
      opds.add(opd, folder);
      events.publishEvent(new OpdAdded(opd, folder));
      return opd;
    } catch (IllegalStateException | RoleCatalogue.InvalidRoleCatalogueException | java.io.UncheckedIOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
