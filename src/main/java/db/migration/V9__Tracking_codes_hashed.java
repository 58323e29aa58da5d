package db.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Tracking codes are kept only as their SHA-256, issued when the receipt is printed (by whom, how
 * often), so no staff member can read a citizen's code back; codes already issued keep working.
 * Java beside the SQL migrations, because H2 and PostgreSQL compute SHA-256 with different functions.
 */
public class V9__Tracking_codes_hashed extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE sop_tracking_v9 ("
          + " process_instance_id VARCHAR(64) NOT NULL CONSTRAINT sop_tracking_v9_pk PRIMARY KEY,"
          + " process_definition_key VARCHAR(255) NOT NULL,"
          + " created_at TIMESTAMP WITH TIME ZONE NOT NULL,"
          + " code_hash CHAR(64) CONSTRAINT sop_tracking_v9_code UNIQUE,"
          + " issued_at TIMESTAMP WITH TIME ZONE,"
          + " issued_by VARCHAR(255),"
          + " issues INTEGER DEFAULT 0 NOT NULL)");
      try (ResultSet rows = statement.executeQuery(
          "SELECT code, process_instance_id, process_definition_key, created_at FROM sop_tracking");
           PreparedStatement insert = connection.prepareStatement("INSERT INTO sop_tracking_v9 (process_instance_id,"
               + " process_definition_key, created_at, code_hash, issued_at, issues) VALUES (?, ?, ?, ?, ?, 1)")) {
        while (rows.next()) {
          insert.setString(1, rows.getString(2));
          insert.setString(2, rows.getString(3));
          insert.setObject(3, rows.getObject(4));
          insert.setString(4, sha256(rows.getString(1).trim()));
          insert.setObject(5, rows.getObject(4));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      statement.execute("DROP TABLE sop_tracking");
      statement.execute("ALTER TABLE sop_tracking_v9 RENAME TO sop_tracking");
    }
  }

  /** As org.sopflow.tracking.TrackingCode hashes a code. */
  private static String sha256(String code) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
  }
}
