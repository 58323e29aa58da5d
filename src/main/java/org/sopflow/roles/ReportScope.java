package org.sopflow.roles;

import java.util.Collection;
import java.util.function.Predicate;

/**
 * What a report reader's reports cover, beside the SOPs Camunda lets them read: the whole office,
 * or the bidang their roles head. A scoped report leaves out what lies outside, so that nothing the
 * reader cannot see turns into a finding (a service "without an SOP" whose SOP belongs to another
 * bidang).
 *
 * @param wholeOffice the head of the office or {@code camunda-admin}: every service and SOP
 * @param headsBidang whether the reader heads a bidang (as an SOP's {@code sop.bidang} names it)
 */
public record ReportScope(boolean wholeOffice, Predicate<String> headsBidang) {

  /**
   * Whether a service (a Standar Pelayanan) lies within the scope: for the whole office every one,
   * also one without an SOP; otherwise one carried out by an SOP the reader may read.
   */
  public boolean showsService(Collection<String> sopKeys, Predicate<String> readable) {
    return wholeOffice || sopKeys.stream().anyMatch(readable);
  }

  /** Whether an SOP of this bidang lies within the scope. */
  public boolean covers(String bidang) {
    return wholeOffice || headsBidang.test(bidang);
  }
}
