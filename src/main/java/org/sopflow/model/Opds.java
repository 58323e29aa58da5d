package org.sopflow.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The perangkat daerah on this installation ({@code sop.processes.opds}), in the order listed; one
 * without tenant on a single-office install.
 */
public final class Opds {

  private final List<Opd> all;

  public Opds(List<Opd> all) {
    this.all = List.copyOf(all);
  }

  public List<Opd> all() {
    return all;
  }

  /** The OPD of a tenant id (null: the one of a single-office install without tenant). */
  public Optional<Opd> find(String tenantId) {
    return all.stream().filter(opd -> Objects.equals(opd.tenantId(), tenantId)).findFirst();
  }

  /** Whether the installation holds more than one OPD. */
  public boolean city() {
    return all.size() > 1;
  }
}
