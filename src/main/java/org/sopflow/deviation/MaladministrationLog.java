package org.sopflow.deviation;

import static org.sopflow.engine.EngineTransaction.instant;
import static org.sopflow.engine.EngineTransaction.truncate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.sopflow.engine.EngineTransaction;

/**
 * The append-only maladministration log. {@link #record} runs inside the engine command that
 * caused the deviation (or the detector's command), so the event commits or rolls back with it.
 */
public class MaladministrationLog {

  static final String COLUMNS = "id, sequence, category, rule, process_definition_key,"
      + " process_definition_version, process_instance_id, business_key, activity_id, activity_name, task_id, role,"
      + " user_id, standard_deadline, occurred_at, detected_at, overdue_seconds, detail, hash, previous_hash";

  private final EngineTransaction transaction;
  private final Clock clock;

  public MaladministrationLog(EngineTransaction transaction, Clock clock) {
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Appends one event; the chain head's row lock orders writers across transactions and nodes. */
  public MaladministrationEvent record(Deviation deviation) {
    transaction.update("UPDATE sop_event_chain_head SET last_sequence = last_sequence + 1 WHERE id = 1");
    ChainHead head = transaction.query("SELECT last_sequence, last_hash FROM sop_event_chain_head WHERE id = 1",
        row -> new ChainHead(row.getLong(1), row.getString(2))).get(0);
    MaladministrationEvent unsigned = unsigned(deviation, head.sequence(), head.hash());
    MaladministrationEvent event = unsigned.signed(EventChain.hash(head.hash(), unsigned));
    transaction.update("INSERT INTO sop_maladministration_event (" + COLUMNS + ") VALUES"
            + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        event.id(), event.sequence(), event.category().name(), event.rule().name(), event.processDefinitionKey(),
        event.processDefinitionVersion(), event.processInstanceId(), event.businessKey(), event.activityId(),
        event.activityName(), event.taskId(), event.role(), event.userId(), event.standardDeadline(),
        event.occurredAt(), event.detectedAt(), event.overdueSeconds(), event.detail(), event.hash(),
        event.previousHash());
    transaction.update("UPDATE sop_event_chain_head SET last_hash = ? WHERE id = 1", event.hash());
    return event;
  }

  /** Whether the rule already fired for this activity of this instance (rules that fire once). */
  public boolean alreadyRecorded(Rule rule, String processInstanceId, String activityId) {
    return !transaction.query("SELECT 1 FROM sop_maladministration_event WHERE rule = ? AND process_instance_id = ?"
        + " AND activity_id = ?", row -> 1, rule.name(), processInstanceId, activityId).isEmpty();
  }

  private MaladministrationEvent unsigned(Deviation d, long sequence, String previousHash) {
    Instant detectedAt = clock.instant();
    return new MaladministrationEvent(UUID.randomUUID().toString(),
        sequence, d.rule().category(), d.rule(), d.processDefinitionKey(), d.processDefinitionVersion(),
        d.processInstanceId(), d.businessKey(), d.activityId(), d.activityName(), d.taskId(), d.role(), d.userId(),
        truncate(d.standardDeadline()), truncate(d.occurredAt() == null ? detectedAt : d.occurredAt()),
        truncate(detectedAt), d.overdueSeconds(), d.detail(), null, previousHash);
  }

  static MaladministrationEvent read(ResultSet row) throws SQLException {
    return new MaladministrationEvent(row.getString("id"), row.getLong("sequence"),
        Category.valueOf(row.getString("category")), Rule.valueOf(row.getString("rule")),
        row.getString("process_definition_key"), (Integer) row.getObject("process_definition_version"),
        row.getString("process_instance_id"), row.getString("business_key"), row.getString("activity_id"),
        row.getString("activity_name"), row.getString("task_id"), row.getString("role"), row.getString("user_id"),
        instant(row, "standard_deadline"), instant(row, "occurred_at"), instant(row, "detected_at"),
        row.getObject("overdue_seconds") == null ? null : row.getLong("overdue_seconds"), row.getString("detail"),
        row.getString("hash").trim(), row.getString("previous_hash").trim());
  }

  private record ChainHead(long sequence, String hash) {
    ChainHead {
      hash = hash.trim();
    }
  }
}
