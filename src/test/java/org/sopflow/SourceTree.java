package org.sopflow;

import java.nio.file.Path;

/**
 * The committed files that tests compare generated ones with: {@code src/} and {@code docs/}, or in
 * the Operaton build their copies with Operaton's names ({@code sop.sources}, {@code sop.docs}, set by
 * the build), which is what that build's code generates.
 */
public final class SourceTree {

  private SourceTree() {
  }

  public static Path src(String first, String... more) {
    return Path.of(System.getProperty("sop.sources", "src")).resolve(Path.of(first, more));
  }

  public static Path docs(String first, String... more) {
    return Path.of(System.getProperty("sop.docs", "docs")).resolve(Path.of(first, more));
  }
}
