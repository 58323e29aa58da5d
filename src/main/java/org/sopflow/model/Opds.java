package org.sopflow.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sopflow.model.ProcessesProperties.OpdFolder;

/**
 * The perangkat daerah on this installation ({@code sop.processes.opds}, and any added while the
 * server runs), in the order listed; one without tenant on a single-office install.
 */
public final class Opds {

  /** An OPD with the folder its files are read from. */
  private record Listed(Opd opd, OpdFolder folder) {
  }

  private volatile List<Listed> listed;

  Opds(List<Opd> all, List<OpdFolder> folders) {
    List<Listed> both = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      both.add(new Listed(all.get(i), folders.get(i)));
    }
    this.listed = List.copyOf(both);
  }

  public List<Opd> all() {
    return listed.stream().map(Listed::opd).toList();
  }

  /** Each OPD's folder, as listed. */
  public List<OpdFolder> folders() {
    return listed.stream().map(Listed::folder).toList();
  }

  /** The OPD of a tenant id (null: the one of a single-office install without tenant). */
  public Optional<Opd> find(String tenantId) {
    return all().stream().filter(opd -> Objects.equals(opd.tenantId(), tenantId)).findFirst();
  }

  /** An OPD added while the server runs, after the others. */
  synchronized void add(Opd opd, OpdFolder folder) {
    List<Listed> grown = new ArrayList<>(listed);
    grown.add(new Listed(opd, folder));
    listed = List.copyOf(grown);
  }

  /** The key of the follow-up SOP of an OPD (null: the one without tenant). */
  public String followUpSopOf(String tenantId) {
    return find(tenantId).map(Opd::sopTindakLanjut).orElse(Opd.SOP_TINDAK_LANJUT);
  }

  /** The key of the renewal SOP of an OPD (null: the one without tenant). */
  public String renewalSopOf(String tenantId) {
    return find(tenantId).map(Opd::sopPembaruan).orElse(Opd.SOP_PEMBARUAN);
  }

  /** Whether the SOP is one of the OPDs' follow-up SOPs. */
  public boolean isFollowUpSop(String key) {
    return all().stream().anyMatch(opd -> key.equals(opd.sopTindakLanjut()));
  }

  /** Whether the SOP is one of the OPDs' renewal SOPs. */
  public boolean isRenewalSop(String key) {
    return all().stream().anyMatch(opd -> key.equals(opd.sopPembaruan()));
  }

  /** Every OPD's renewal SOP key. */
  public List<String> renewalSops() {
    return all().stream().map(Opd::sopPembaruan).distinct().toList();
  }

  /** Every OPD's follow-up SOP key. */
  public List<String> followUpSops() {
    return all().stream().map(Opd::sopTindakLanjut).distinct().toList();
  }

  /** Whether the installation holds more than one OPD. */
  public boolean city() {
    return listed.size() > 1;
  }
}
