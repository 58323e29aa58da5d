package org.sopflow.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Reads the yearly holiday files ({@code hari-libur-2026.yaml}: tanggal, nama, jenis). */
public final class HolidayFiles {

  private HolidayFiles() {
  }

  public static List<Holiday> read(String pattern) {
    List<Holiday> holidays = new ArrayList<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        try (InputStream in = resource.getInputStream()) {
          holidays.addAll(read(in, resource.getDescription()));
        }
      }
      return holidays;
    } catch (IOException e) {
      throw new UncheckedIOException("Holiday files " + pattern + " cannot be read", e);
    }
  }

  static List<Holiday> read(InputStream yaml, String source) {
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try {
      HolidayFile file = mapper.readValue(yaml, HolidayFile.class);
      return file.libur().stream().map(entry -> {
        if (entry.tanggal() == null || entry.tanggal().getYear() != file.tahun()) {
          throw new IllegalArgumentException("'" + entry.nama() + "' has tanggal " + entry.tanggal()
              + ", outside tahun " + file.tahun());
        }
        return new Holiday(entry.tanggal(), entry.nama(), entry.jenis());
      }).toList();
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("Holiday file " + source + ": " + e.getMessage(), e);
    }
  }

  private record HolidayFile(int tahun, String sumber, List<Entry> libur) {
  }

  private record Entry(LocalDate tanggal, String nama, String jenis) {
  }
}
