package org.sopflow.model;

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

/**
 * The path from a start event to an end with the most standard time, following sequence flows (and
 * boundary events) of the process's top level and passing no step twice: a flow back to an earlier
 * step (a rework loop) is not followed, and a branch that only leads back into the loop is not a
 * way to the end, since the standard describes one pass.
 *
 * @param names the names of the steps on the path that have a standard time
 * @param ids the ids of those steps
 */
public record LongestPath(long seconds, List<String> names, List<String> ids) {

  public static LongestPath of(SopReader reader, ToLongFunction<Activity> standardSeconds) {
    Search search = new Search(standardSeconds, reader::successors);
    LongestPath best = new LongestPath(0, List.of(), List.of());
    for (FlowNode start : reader.startEvents()) {
      LongestPath path = search.from(start);
      if (path != null && path.seconds() > best.seconds()) {
        best = path;
      }
    }
    return best;
  }

  /** The longest way from the node's successors to an end, the node itself not counted. */
  public static LongestPath after(SopReader reader, FlowNode node, ToLongFunction<Activity> standardSeconds) {
    Search search = new Search(standardSeconds, reader::successors);
    LongestPath best = new LongestPath(0, List.of(), List.of());
    search.onPath.add(node.getId());
    for (FlowNode successor : reader.successors(node)) {
      LongestPath path = search.from(successor);
      if (path != null && path.seconds() > best.seconds()) {
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

    /** The longest way on from the node to an end; null when every way leads back onto the path. */
    LongestPath from(FlowNode node) {
      if (done.containsKey(node.getId())) {
        return done.get(node.getId());
      }
      List<FlowNode> next = successors.apply(node);
      LongestPath rest = next.isEmpty() ? new LongestPath(0, List.of(), List.of()) : null;
      onPath.add(node.getId());
      for (FlowNode successor : next) {
        if (!onPath.contains(successor.getId())) {
          LongestPath candidate = from(successor);
          if (candidate != null && (rest == null || candidate.seconds() >= rest.seconds())) {
            rest = candidate;
          }
        }
      }
      onPath.remove(node.getId());
      LongestPath path = rest == null ? null : prepend(node, rest);
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
      List<String> ids = new ArrayList<>();
      ids.add(node.getId());
      ids.addAll(rest.ids());
      return new LongestPath(own + rest.seconds(), names, ids);
    }
  }
}
