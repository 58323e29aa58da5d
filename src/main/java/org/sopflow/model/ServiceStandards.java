package org.sopflow.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Standar Pelayanan files of a processes folder, read once: every file with its problems (for
 * the lint), and the usable ones, which answer which services an SOP carries out; with them the SOPs
 * that exist only as signed documents.
 */
public final class ServiceStandards {

  private final List<StandarPelayanan.Read> reads;
  private final List<StandarPelayanan> standards;
  private final DocumentedSop.Read documented;

  private ServiceStandards(List<StandarPelayanan.Read> reads, DocumentedSop.Read documented) {
    this.reads = List.copyOf(reads);
    this.standards = reads.stream().map(StandarPelayanan.Read::standard).filter(Objects::nonNull).toList();
    this.documented = documented;
  }

  /** @param folder a Spring resource location ending with a slash, e.g. {@code classpath:processes/} */
  public static ServiceStandards read(String folder) {
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
    return new ServiceStandards(reads, documented(folder));
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
    return reads;
  }

  public List<StandarPelayanan> all() {
    return standards;
  }

  /** The SOPs that exist only as signed documents ({@value DocumentedSop#FILE}). */
  public List<DocumentedSop> documentOnly() {
    return documented.sops();
  }

  /** The problems of {@value DocumentedSop#FILE}. */
  public List<StandarPelayanan.Problem> documentProblems() {
    return documented.problems();
  }

  /** The services the SOP carries out. */
  public List<StandarPelayanan> carriedOutBy(String sopKey) {
    return standards.stream().filter(standard -> standard.sop().contains(sopKey)).toList();
  }
}
