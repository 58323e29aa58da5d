package org.sopflow.deadline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The facts this node wrote when a task or instance started and that never change afterwards
 * (creation time, standard deadline), kept so that completing it need not read them back: on
 * PostgreSQL every statement is a network round trip. A bounded LRU memory; a miss (another node
 * started it, or this node restarted) falls back to reading the row, and a rolled-back start leaves
 * only an entry nobody asks for.
 */
final class RecentRows<T> {

  private final Map<String, T> rows;

  RecentRows(int capacity) {
    this.rows = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
        return size() > capacity;
      }
    });
  }

  void put(String id, T row) {
    rows.put(id, row);
  }

  /** Removes and returns the row: a task or instance completes once. */
  Optional<T> take(String id) {
    return Optional.ofNullable(rows.remove(id));
  }

  void forget(String id) {
    rows.remove(id);
  }

  /** Forgets every row: after the calendar changed, the stored deadlines are read again. */
  void clear() {
    rows.clear();
  }
}
