package org.sopflow.modulesfixture.named.engine;

import org.springframework.modulith.NamedInterface;

@NamedInterface("sql")
public final class EngineSql {

  private EngineSql() {
  }

  public static int update(String sql) {
    return sql.length();
  }
}
