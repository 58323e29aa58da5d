package org.sopflow.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Standar Pelayanan files of a processes folder, read once; a file the lint refuses is left
 * out (the lint names it). Answers which services an SOP carries out.
 */
public final class ServiceStandards {

  private final List<StandarPelayanan> standards;

  private ServiceStandards(List<StandarPelayanan> standards) {
    this.standards = List.copyOf(standards);
  }

  /** @param folder a Spring resource location ending with a slash, e.g. {@code classpath:processes/} */
  public static ServiceStandards read(String folder) {
    List<StandarPelayanan> standards = new ArrayList<>();
    try {
      for (Resource file : new PathMatchingResourcePatternResolver().getResources(folder + StandarPelayanan.FOLDER + "*.yaml")) {
        try (InputStream in = file.getInputStream()) {
          StandarPelayanan standard = StandarPelayanan.read(StandarPelayanan.FOLDER + file.getFilename(), in.readAllBytes())
              .standard();
          if (standard != null) {
            standards.add(standard);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Standar Pelayanan files in " + folder, e);
    }
    standards.sort(Comparator.comparing(StandarPelayanan::key));
    return new ServiceStandards(standards);
  }

  public List<StandarPelayanan> all() {
    return standards;
  }

  /** The services the SOP carries out. */
  public List<StandarPelayanan> carriedOutBy(String sopKey) {
    return standards.stream().filter(standard -> standard.sop().contains(sopKey)).toList();
  }
}
