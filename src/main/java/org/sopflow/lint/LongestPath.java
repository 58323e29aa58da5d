package org.sopflow.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.sopflow.model.SopReader;

/**
 * The path from a start event with the most standard time, following sequence flows (and boundary
 * events) of the process's top level; a flow back to an earlier step (a rework loop) is not followed,
 * since the standard describes one pass.
 *
 * @param names the names of the steps on the path that have a standard time
 */
record LongestPath(long seconds, List<String> names) {

  static LongestPath of(SopReader reader, ToLongFunction<Activity> standardSeconds) {
    Search search = new Search(standardSeconds, reader::successors);
    LongestPath best = new LongestPath(0, List.of());
    for (FlowNode start : reader.startEvents()) {
      LongestPath path = search.from(start);
      if (path.seconds() > best.seconds()) {
        best = path;
      }
    }
    return best;
  }

  private static final class Search {
    private final ToLongFunction<Activity> standardSeconds;
    private final Function<FlowNode, List<FlowNode>> successors;
    private final Map<String, LongestPath> done = new HashMap<>();
    private final Set<String> onPath = new HashSet<>();

    Search(ToLongFunction<Activity> standardSeconds, Function<FlowNode, List<FlowNode>> successors) {
      this.standardSeconds = standardSeconds;
      this.successors = successors;
    }

    LongestPath from(FlowNode node) {
      LongestPath known = done.get(node.getId());
      if (known != null) {
        return known;
      }
      onPath.add(node.getId());
      LongestPath rest = new LongestPath(0, List.of());
      for (FlowNode next : successors.apply(node)) {
        if (!onPath.contains(next.getId())) {
          LongestPath candidate = from(next);
          if (candidate.seconds() >= rest.seconds()) {
            rest = candidate;
          }
        }
      }
      onPath.remove(node.getId());
      LongestPath path = prepend(node, rest);
      done.put(node.getId(), path);
      return path;
    }

    private LongestPath prepend(FlowNode node, LongestPath rest) {
      long own = node instanceof Activity activity ? standardSeconds.applyAsLong(activity) : 0;
      if (own == 0) {
        return rest;
      }
      List<String> names = new ArrayList<>();
      names.add(node.getName() == null ? node.getId() : node.getName());
      names.addAll(rest.names());
      return new LongestPath(own + rest.seconds(), names);
    }
  }
}
