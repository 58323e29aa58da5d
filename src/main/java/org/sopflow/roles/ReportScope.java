package org.sopflow.roles;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What a report reader's report of one perangkat daerah (OPD) covers, beside the SOPs Camunda lets
 * them read: the whole OPD, or the bidang their roles in it head. A scoped report leaves out what lies
 * outside, so that nothing the reader cannot see turns into a finding (a service "without an SOP"
 * whose SOP belongs to another bidang, or to another OPD).
 *
 * @param opd the OPD (tenant id) the report is of; null on a single-office install without tenant
 * @param wholeOffice the head of the OPD, {@code camunda-admin} or a city reader: every service and SOP of the OPD
 * @param headsBidang whether the reader heads a bidang of the OPD (as an SOP's {@code sop.bidang} names it)
 */
public record ReportScope(String opd, boolean wholeOffice, Predicate<String> headsBidang) {

  /** Whether something of this OPD (a service's, an SOP's tenant id) belongs to the report. */
  public boolean holds(String tenantId) {
    return Objects.equals(opd, tenantId);
  }

  /**
   * Whether a service (a Standar Pelayanan) of the OPD lies within the scope: for the whole office
   * every one, also one without an SOP; otherwise one carried out by an SOP the reader may read.
   */
  public boolean showsService(String serviceOpd, Collection<String> sopKeys, Predicate<String> readable) {
    return holds(serviceOpd) && (wholeOffice || sopKeys.stream().anyMatch(readable));
  }

  /** Whether an SOP of this OPD and bidang lies within the scope. */
  public boolean covers(String sopOpd, String bidang) {
    return holds(sopOpd) && (wholeOffice || headsBidang.test(bidang));
  }
}
