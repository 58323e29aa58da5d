package org.sopflow.followup;

import java.util.List;

/**
 * What a module that owns figures tells of a follow-up's finding: the figures of its source period
 * and of a later one, side by side, so that the effectiveness check sees whether the finding
 * recurred. A module answers for the sources it knows and returns nothing for the others.
 */
public interface Indicators {

  /**
   * One figure before and after.
   *
   * @param improved whether the later figure is better (the finding did not recur); null where the
   *     figures cannot say (no data in one of the periods)
   */
  record Indicator(String label, String before, String after, Boolean improved) {
  }

  List<Indicator> compare(FollowUp.Source source, FollowUp.Period later);
}
