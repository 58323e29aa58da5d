package org.sopflow.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sopflow.calendar.WorkingCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
class ModelConfiguration {

  /** The OPDs, each with its hours and local holidays given to the working calendar. */
  @Bean
  Opds opds(ProcessesProperties processes, ResourceLoader resources, WorkingCalendar calendar) {
    Opds opds = new Opds(processes.opdFolders().stream().map(folder -> Opd.read(folder, resources)).toList(),
        processes.opdFolders());
    opds.all().stream().filter(opd -> opd.tenantId() != null)
        .forEach(opd -> calendar.useOpdCalendar(opd.tenantId(), opd.kalender(), opd.folder() + Opd.FILE));
    return opds;
  }

  @Bean
  ServiceStandards serviceStandards(ProcessesProperties processes) {
    return ServiceStandards.read(processes.opdFolders());
  }

  /** Every OPD's roles.yaml in one catalogue; role ids are city-wide. */
  @Bean
  RoleCatalogue roleCatalogue(ProcessesProperties processes, ResourceLoader resources) {
    Map<String, RoleCatalogue> byOpd = new LinkedHashMap<>();
    for (ProcessesProperties.OpdFolder folder : processes.opdFolders()) {
      byOpd.put(folder.tenantId(), roles(folder, resources));
    }
    return RoleCatalogue.of(byOpd);
  }

  @Bean
  OpdAddition opdAddition(ProcessesProperties processes, ResourceLoader resources, WorkingCalendar calendar, Opds opds,
                          RoleCatalogue roles, ServiceStandards standards, ApplicationEventPublisher events) {
    return new OpdAddition(processes, resources, calendar, opds, roles, standards, events);
  }

  /** One OPD's roles.yaml. */
  static RoleCatalogue roles(ProcessesProperties.OpdFolder folder, ResourceLoader resources) {
    Resource file = resources.getResource(folder.folder() + RoleCatalogue.FILE_NAME);
    try (InputStream in = file.getInputStream()) {
      return RoleCatalogue.load(in, file.getDescription());
    } catch (IOException e) {
      throw new UncheckedIOException("Role catalogue " + file.getDescription() + " cannot be read", e);
    }
  }
}
