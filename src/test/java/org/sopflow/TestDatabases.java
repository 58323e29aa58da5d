package org.sopflow;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database every test runs on: H2 in memory by default, real PostgreSQL when the system
 * property {@code sop.test.database=postgres} is set (the second surefire execution). Each
 * named database of a test is its own PostgreSQL database in one embedded server per JVM.
 */
public final class TestDatabases {

  private static final Pattern H2_MEMORY_NAME = Pattern.compile("jdbc:h2:mem:([A-Za-z0-9_-]+)");
  private static EmbeddedPostgres postgres;
  private static final Set<String> created = new HashSet<>();

  private TestDatabases() {
  }

  public static boolean onPostgres() {
    return "postgres".equals(System.getProperty("sop.test.database"));
  }

  /** The JDBC URL of the test database with this name, created on first use. */
  public static synchronized String jdbcUrl(String database) {
    if (!onPostgres()) {
      return "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
    }
    String name = database.toLowerCase().replaceAll("[^a-z0-9_]", "_");
    if (created.add(name)) {
      try (Connection connection = server().getPostgresDatabase().getConnection();
           Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE " + name);
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot create test database " + name, e);
      }
    }
    return server().getJdbcUrl("postgres", name);
  }

  public static String user() {
    return onPostgres() ? "postgres" : "sa";
  }

  public static String password() {
    return onPostgres() ? "postgres" : "";
  }

  /** The PostgreSQL counterpart of an H2 in-memory URL a Spring test configured, or the URL itself. */
  public static String translate(String h2Url) {
    Matcher name = H2_MEMORY_NAME.matcher(h2Url);
    return onPostgres() && name.find() ? jdbcUrl(name.group(1)) : h2Url;
  }

  private static EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            postgres.close();
          } catch (IOException e) {
            // the JVM is ending; the temporary data directory goes with it
          }
        }));
      } catch (IOException e) {
        throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
      }
    }
    return postgres;
  }
}
