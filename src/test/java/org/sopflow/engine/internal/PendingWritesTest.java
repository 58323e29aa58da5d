package org.sopflow.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;
import org.sopflow.SopTestEngine;
import org.sopflow.engine.EngineTransaction;

/**
 * Writes kept until the command ends: they land with the command, a read in the same command sees
 * them, and a failing command or a failing write stores none of them (on H2 one statement at a
 * time, on PostgreSQL as one multi-statement round trip). A write is sent only when the command
 * flushes, and an update whose count matters, or a read, sends the pending ones first.
 */
class PendingWritesTest {

  private static final String INSERT = "INSERT INTO sop_instance_deadline (process_instance_id, process_definition_id,"
      + " started_at) VALUES (?, 'pending-writes-test', ?)";
  private static final String END = "UPDATE sop_instance_deadline SET ended_at = ? WHERE process_instance_id = ?";
  private final ProcessEngine engine = SopTestEngine.shared();
  private final EngineTransaction transaction = new EngineTransaction();
  private final Instant now = Instant.parse("2026-11-27T02:00:00Z");

  @Test
  void writesLandAtTheEndOfTheCommandAndItsOwnReadsSeeThem() {
    String id = UUID.randomUUID().toString();
    List<String> seenInside = run(context -> {
      EngineSql.updateAtFlush(INSERT, id, now);
      EngineSql.updateAtFlush(END, now.plusSeconds(60), id);
      return endedAt(id);
    });

    assertThat(seenInside).containsExactly(now.plusSeconds(60).toString());
    List<String> seenAfter = run(context -> endedAt(id));
    assertThat(seenAfter).containsExactly(now.plusSeconds(60).toString());
  }

  @Test
  void aCommandThatFailsStoresNoneOfItsPendingWrites() {
    String id = UUID.randomUUID().toString();

    assertThatThrownBy(() -> run(context -> {
      EngineSql.updateAtFlush(INSERT, id, now);
      throw new IllegalStateException("the step failed");
    })).hasMessage("the step failed");

    assertThat(stored(id)).isFalse();
  }

  @Test
  void aFailingWriteFailsTheCommandWithItsStatementAndStoresNoneOfTheOthers() {
    String existing = UUID.randomUUID().toString();
    run(context -> {
      EngineSql.updateAtFlush(INSERT, existing, now);
      return null;
    });
    String fresh = UUID.randomUUID().toString();

    assertThatThrownBy(() -> run(context -> {
      EngineSql.updateAtFlush(INSERT, fresh, now);
      EngineSql.updateAtFlush(INSERT, existing, now);
      return null;
    })).isInstanceOf(ProcessEngineException.class).hasMessageContaining("INSERT INTO sop_instance_deadline");

    assertThat(stored(fresh)).isFalse();
    assertThat(stored(existing)).isTrue();
  }

  @Test
  void aWriteIsSentOnlyWhenTheCommandFlushesSoItsFailureFailsTheCommandNotTheCaller() {
    String existing = UUID.randomUUID().toString();
    run(context -> {
      transaction.updateAtFlush(INSERT, existing, now);
      return null;
    });

    assertThatThrownBy(() -> run(context -> {
      transaction.updateAtFlush(INSERT, existing, now); // a duplicate key, not sent yet
      return "the listener carried on";
    })).isInstanceOf(ProcessEngineException.class).hasMessageContaining("INSERT INTO sop_instance_deadline");
  }

  @Test
  void anUpdateWhoseCountMattersSendsThePendingWritesFirst() {
    String id = UUID.randomUUID().toString();
    int updated = run(context -> {
      transaction.updateAtFlush(INSERT, id, now);
      return transaction.update(END, now.plusSeconds(60), id);
    });

    assertThat(updated).isOne();
    List<String> ended = run(context -> endedAt(id));
    assertThat(ended).containsExactly(now.plusSeconds(60).toString());
  }

  @Test
  void outsideAnEngineCommandNothingIsWrittenAndTheCallerIsToldHowToStartOne() {
    String id = UUID.randomUUID().toString();

    assertThatThrownBy(() -> transaction.updateAtFlush(INSERT, id, now)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> transaction.currentUser()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("EngineCommands.run");
    assertThat(stored(id)).isFalse();
  }

  private boolean stored(String id) {
    List<String> rows = run(context -> EngineSql.query("SELECT process_instance_id FROM sop_instance_deadline"
        + " WHERE process_instance_id = ?", row -> row.getString(1), id));
    return !rows.isEmpty();
  }

  private static List<String> endedAt(String id) {
    return EngineSql.query("SELECT ended_at FROM sop_instance_deadline WHERE process_instance_id = ?",
        row -> String.valueOf(EngineSql.instant(row, "ended_at")), id);
  }

  private <T> T run(Command<T> command) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(command);
  }
}
