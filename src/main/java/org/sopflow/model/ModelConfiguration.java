package org.sopflow.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
class ModelConfiguration {

  @Bean
  ServiceStandards serviceStandards(ProcessesProperties processes) {
    return ServiceStandards.read(processes.folder());
  }

  @Bean
  RoleCatalogue roleCatalogue(ProcessesProperties processes, ResourceLoader resources) {
    Resource file = resources.getResource(processes.folder() + RoleCatalogue.FILE_NAME);
    try (InputStream in = file.getInputStream()) {
      return RoleCatalogue.load(in, file.getDescription());
    } catch (IOException e) {
      throw new UncheckedIOException("Role catalogue " + file.getDescription() + " cannot be read", e);
    }
  }
}
