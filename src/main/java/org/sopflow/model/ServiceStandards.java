package org.sopflow.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Standar Pelayanan files of a processes folder: every file with its problems (for the lint), and
 * the usable ones, which answer which services an SOP carries out; with them the SOPs that exist only
 * as signed documents. Read at start-up, and again by {@link #reload()} when the folder watch sees a
 * file change.
 */
public final class ServiceStandards {

  /** What the files said when last read. */
  private record Snapshot(List<StandarPelayanan.Read> reads, List<StandarPelayanan> standards,
                          DocumentedSop.Read documented) {

    Snapshot(List<StandarPelayanan.Read> reads, DocumentedSop.Read documented) {
      this(List.copyOf(reads), reads.stream().map(StandarPelayanan.Read::standard).filter(Objects::nonNull).toList(),
          documented);
    }
  }

  private final String folder;
  private volatile Snapshot snapshot;

  private ServiceStandards(String folder, Snapshot snapshot) {
    this.folder = folder;
    this.snapshot = snapshot;
  }

  /** @param folder a Spring resource location ending with a slash, e.g. {@code classpath:processes/} */
  public static ServiceStandards read(String folder) {
    return new ServiceStandards(folder, new Snapshot(reads(folder), documented(folder)));
  }

  /**
   * Reads the files again. A file that was usable and now has errors keeps its last usable version
   * (so an edit half done does not take a service out of the register), as does {@value DocumentedSop#FILE};
   * the lint names their errors.
   *
   * @return the files whose last usable version stays
   */
  public synchronized List<String> reload() {
    Map<String, StandarPelayanan.Read> before = new HashMap<>();
    snapshot.reads().forEach(read -> before.put(read.file(), read));
    List<String> kept = new ArrayList<>();
    List<StandarPelayanan.Read> reads = new ArrayList<>();
    for (StandarPelayanan.Read read : reads(folder)) {
      StandarPelayanan.Read last = before.get(read.file());
      boolean keep = read.standard() == null && last != null && last.standard() != null;
      reads.add(keep ? last : read);
      if (keep) {
        kept.add(read.file());
      }
    }
    DocumentedSop.Read documented = documented(folder);
    if (documented.problems().stream().anyMatch(StandarPelayanan.Problem::error)) {
      documented = snapshot.documented();
      kept.add(DocumentedSop.FILE);
    }
    snapshot = new Snapshot(reads, documented);
    return kept;
  }

  private static List<StandarPelayanan.Read> reads(String folder) {
    List<StandarPelayanan.Read> reads = new ArrayList<>();
    try {
      for (Resource file : new PathMatchingResourcePatternResolver().getResources(folder + StandarPelayanan.FOLDER + "*.yaml")) {
        try (InputStream in = file.getInputStream()) {
          reads.add(StandarPelayanan.read(StandarPelayanan.FOLDER + file.getFilename(), in.readAllBytes()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Standar Pelayanan files in " + folder, e);
    }
    reads.sort(Comparator.comparing(StandarPelayanan.Read::file));
    return reads;
  }

  private static DocumentedSop.Read documented(String folder) {
    Resource file = new PathMatchingResourcePatternResolver().getResource(folder + DocumentedSop.FILE);
    if (!file.exists()) {
      return new DocumentedSop.Read(List.of(), List.of());
    }
    try (InputStream in = file.getInputStream()) {
      return DocumentedSop.read(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + folder + DocumentedSop.FILE, e);
    }
  }

  /** Every file as read, usable or not, with its problems. */
  public List<StandarPelayanan.Read> reads() {
    return snapshot.reads();
  }

  public List<StandarPelayanan> all() {
    return snapshot.standards();
  }

  /** The SOPs that exist only as signed documents ({@value DocumentedSop#FILE}). */
  public List<DocumentedSop> documentOnly() {
    return snapshot.documented().sops();
  }

  /** The problems of {@value DocumentedSop#FILE}. */
  public List<StandarPelayanan.Problem> documentProblems() {
    return snapshot.documented().problems();
  }

  /** The services the SOP carries out. */
  public List<StandarPelayanan> carriedOutBy(String sopKey) {
    return snapshot.standards().stream().filter(standard -> standard.sop().contains(sopKey)).toList();
  }
}
