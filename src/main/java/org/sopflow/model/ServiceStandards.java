package org.sopflow.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sopflow.model.ProcessesProperties.OpdFolder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Standar Pelayanan files of every OPD's folder: every file with its problems (for the lint), and
 * the usable ones, which answer which services an SOP carries out; with them the SOPs that exist only
 * as signed documents. Service keys (file names) are city-wide: a second OPD's file of the same name
 * is refused, naming both. Read at start-up, and again by {@link #reload()} when the folder watch
 * sees a file change.
 */
public final class ServiceStandards {

  /** What the files of one OPD's folder said when last read. */
  private record FolderRead(List<StandarPelayanan.Read> reads, DocumentedSop.Read documented) {
  }

  /** What the files said when last read, with each service's and documented SOP's OPD. */
  private record Snapshot(Map<OpdFolder, FolderRead> byFolder, List<StandarPelayanan.Read> reads,
                          List<StandarPelayanan> standards, Map<String, String> opdOfKey) {

    static Snapshot of(Map<OpdFolder, FolderRead> byFolder) {
      List<StandarPelayanan.Read> reads = new ArrayList<>();
      Map<String, String> opdOfKey = new HashMap<>();
      Map<String, OpdFolder> owner = new HashMap<>();
      byFolder.forEach((folder, read) -> {
        for (StandarPelayanan.Read file : read.reads()) {
          OpdFolder first = file.standard() == null ? null : owner.putIfAbsent(file.standard().key(), folder);
          reads.add(first == null ? file : sharedKey(file, first));
          if (file.standard() != null && first == null && folder.tenantId() != null) {
            opdOfKey.put(file.standard().key(), folder.tenantId());
          }
        }
        read.documented().sops().stream().filter(sop -> folder.tenantId() != null)
            .forEach(sop -> opdOfKey.putIfAbsent(sop.key(), folder.tenantId()));
      });
      return new Snapshot(Map.copyOf(byFolder), List.copyOf(reads),
          reads.stream().map(StandarPelayanan.Read::standard).filter(Objects::nonNull).toList(), Map.copyOf(opdOfKey));
    }

    private static StandarPelayanan.Read sharedKey(StandarPelayanan.Read file, OpdFolder first) {
      List<StandarPelayanan.Problem> problems = new ArrayList<>(file.problems());
      problems.add(new StandarPelayanan.Problem(file.file(), null, "OPD '" + first.tenantId() + "' has a Standar"
          + " Pelayanan of the same name (" + first.path() + StandarPelayanan.FOLDER + file.standard().key()
          + ".yaml); service keys are city-wide, give this file a name of its own", true));
      return new StandarPelayanan.Read(file.file(), null, problems);
    }
  }

  private volatile List<OpdFolder> folders;
  private volatile Snapshot snapshot;

  private ServiceStandards(List<OpdFolder> folders) {
    this.folders = List.copyOf(folders);
    Map<OpdFolder, FolderRead> byFolder = new LinkedHashMap<>();
    folders.forEach(folder -> byFolder.put(folder, new FolderRead(reads(folder), documented(folder))));
    this.snapshot = Snapshot.of(byFolder);
  }

  /** @param folder a Spring resource location ending with a slash, e.g. {@code classpath:processes/diskominfo/} */
  public static ServiceStandards read(String folder) {
    return read(List.of(OpdFolder.of(folder)));
  }

  /** The files of every OPD's folder. */
  public static ServiceStandards read(List<OpdFolder> folders) {
    return new ServiceStandards(folders);
  }

  /** Reads the files of an OPD added while the server runs, next to the others'. */
  public synchronized void add(OpdFolder folder) {
    List<OpdFolder> grown = new ArrayList<>(folders);
    grown.add(folder);
    Map<OpdFolder, FolderRead> byFolder = new LinkedHashMap<>();
    folders.forEach(known -> byFolder.put(known, snapshot.byFolder().get(known)));
    byFolder.put(folder, new FolderRead(reads(folder), documented(folder)));
    snapshot = Snapshot.of(byFolder);
    folders = List.copyOf(grown);
  }

  /**
   * Reads the files again. A file that was usable and now has errors keeps its last usable version
   * (so an edit half done does not take a service out of the register), as does {@value DocumentedSop#FILE};
   * the lint names their errors.
   *
   * @return the files whose last usable version stays
   */
  public synchronized List<String> reload() {
    List<String> kept = new ArrayList<>();
    Map<OpdFolder, FolderRead> byFolder = new LinkedHashMap<>();
    for (OpdFolder folder : folders) {
      FolderRead last = snapshot.byFolder().get(folder);
      byFolder.put(folder, new FolderRead(keepUsable(reads(folder), last.reads(), kept),
          keepUsable(folder, documented(folder), last.documented(), kept)));
    }
    snapshot = Snapshot.of(byFolder);
    return kept;
  }

  private static List<StandarPelayanan.Read> keepUsable(List<StandarPelayanan.Read> now, List<StandarPelayanan.Read> last,
                                                        List<String> kept) {
    Map<String, StandarPelayanan.Read> before = new HashMap<>();
    last.forEach(read -> before.put(read.file(), read));
    List<StandarPelayanan.Read> reads = new ArrayList<>();
    for (StandarPelayanan.Read read : now) {
      StandarPelayanan.Read previous = before.get(read.file());
      boolean keep = read.standard() == null && previous != null && previous.standard() != null;
      reads.add(keep ? previous : read);
      if (keep) {
        kept.add(read.file());
      }
    }
    return reads;
  }

  private static DocumentedSop.Read keepUsable(OpdFolder folder, DocumentedSop.Read now, DocumentedSop.Read last,
                                               List<String> kept) {
    if (now.problems().stream().noneMatch(StandarPelayanan.Problem::error)) {
      return now;
    }
    kept.add(folder.path() + DocumentedSop.FILE);
    return last;
  }

  private static List<StandarPelayanan.Read> reads(OpdFolder folder) {
    List<StandarPelayanan.Read> reads = new ArrayList<>();
    try {
      for (Resource file : new PathMatchingResourcePatternResolver()
          .getResources(folder.folder() + StandarPelayanan.FOLDER + "*.yaml")) {
        try (InputStream in = file.getInputStream()) {
          reads.add(StandarPelayanan.read(folder.path() + StandarPelayanan.FOLDER + file.getFilename(), in.readAllBytes()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Standar Pelayanan files in " + folder.folder(), e);
    }
    reads.sort(Comparator.comparing(StandarPelayanan.Read::file));
    return reads;
  }

  private static DocumentedSop.Read documented(OpdFolder folder) {
    Resource file = new PathMatchingResourcePatternResolver().getResource(folder.folder() + DocumentedSop.FILE);
    if (!file.exists()) {
      return new DocumentedSop.Read(List.of(), List.of());
    }
    try (InputStream in = file.getInputStream()) {
      DocumentedSop.Read read = DocumentedSop.read(in.readAllBytes());
      return new DocumentedSop.Read(read.sops(), read.problems().stream().map(problem -> new StandarPelayanan.Problem(
          folder.path() + problem.file(), problem.field(), problem.message(), problem.error())).toList());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + folder.folder() + DocumentedSop.FILE, e);
    }
  }

  /** Every file as read, usable or not, with its problems. */
  public List<StandarPelayanan.Read> reads() {
    return snapshot.reads();
  }

  public List<StandarPelayanan> all() {
    return snapshot.standards();
  }

  /** The SOPs that exist only as signed documents ({@value DocumentedSop#FILE} of every OPD). */
  public List<DocumentedSop> documentOnly() {
    return snapshot.byFolder().values().stream().flatMap(read -> read.documented().sops().stream()).toList();
  }

  /** The problems of every OPD's {@value DocumentedSop#FILE}. */
  public List<StandarPelayanan.Problem> documentProblems() {
    return snapshot.byFolder().values().stream().flatMap(read -> read.documented().problems().stream()).toList();
  }

  /** The services the SOP carries out. */
  public List<StandarPelayanan> carriedOutBy(String sopKey) {
    return snapshot.standards().stream().filter(standard -> standard.sop().contains(sopKey)).toList();
  }

  /**
   * The OPD (tenant id) of a service (its key) or of an SOP kept only as a document; empty on a
   * single-office install without tenant or for a key no OPD has.
   */
  public Optional<String> opdOf(String key) {
    return key == null ? Optional.empty() : Optional.ofNullable(snapshot.opdOfKey().get(key));
  }
}
