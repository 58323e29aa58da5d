package org.sopflow.security;

import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Prometheus text a supervisor of one OPD reads in a city: of the SOP layer's rows ({@code sop_*})
 * those its OPD owns by their {@code role} or {@code sop} label; another OPD's, and the city's totals
 * (rows with neither label), are left out. The server's own metrics stay.
 */
final class OpdMetricRows {

  private static final Pattern ROLE = Pattern.compile("[{,]role=\"([^\"]*)\"");
  private static final Pattern SOP = Pattern.compile("[{,]sop=\"([^\"]*)\"");

  private OpdMetricRows() {
  }

  /** @param own whether a row with these role and sop labels (null where it has none) is the reader's OPD's */
  static String of(String scrape, BiPredicate<String, String> own) {
    return scrape.lines().filter(line -> line.startsWith("#") || !line.startsWith("sop_")
            || own.test(label(ROLE, line), label(SOP, line)))
        .collect(Collectors.joining("\n", "", scrape.endsWith("\n") ? "\n" : ""));
  }

  private static String label(Pattern label, String line) {
    Matcher matcher = label.matcher(line);
    return matcher.find() ? matcher.group(1) : null;
  }
}
