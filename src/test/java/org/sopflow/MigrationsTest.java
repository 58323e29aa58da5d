package org.sopflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A database of the version before keeps what it stored: the tracking codes hashed, the survey answers unnamed. */
class MigrationsTest {

  @Test
  void trackingCodesAndSurveyAnswersOfVersionEightAreMigratedWithoutLoss() throws Exception {
    String url = TestDatabases.jdbcUrl("migrations-test");
    Flyway.configure().dataSource(url, TestDatabases.user(), TestDatabases.password()).target("8").load().migrate();
    JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, TestDatabases.user(), TestDatabases.password()));
    jdbc.sql("INSERT INTO sop_tracking (code, process_instance_id, process_definition_key, created_at)"
        + " VALUES ('ACEFHJKMNPRT', 'instance-1', 'pip-permohonan-informasi', TIMESTAMP '2026-11-02 01:00:00+00')")
        .update();
    jdbc.sql("INSERT INTO sop_skm_response (id, process_instance_id, process_definition_key, process_definition_version,"
        + " service_key, answered_at, source, u1) VALUES ('a-1', 'instance-1', 'pip-permohonan-informasi', 1,"
        + " 'sp-informasi', TIMESTAMP '2026-11-03 02:00:00+00', 'online', 4)").update();

    Flyway.configure().dataSource(url, TestDatabases.user(), TestDatabases.password()).load().migrate();

    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest("ACEFHJKMNPRT".getBytes(StandardCharsets.US_ASCII)));
    assertThat(jdbc.sql("SELECT process_instance_id, issues FROM sop_tracking WHERE code_hash = ?").param(hash)
        .query((row, number) -> row.getString(1) + " " + row.getInt(2)).single()).isEqualTo("instance-1 1");
    assertThat(jdbc.sql("SELECT process_instance_id FROM sop_skm_answered").query(String.class).list())
        .containsExactly("instance-1");
    assertThat(jdbc.sql("SELECT process_instance_id, service_key, u1 FROM sop_skm_response")
        .query((row, number) -> List.of(String.valueOf(row.getString(1)), row.getString(2), row.getInt(3))).single())
        .containsExactly("null", "sp-informasi", 4);
  }
}
