package org.sopflow.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ScheduledFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sopflow.lint.Finding;
import org.sopflow.lint.SopLint;
import org.sopflow.model.DocumentedSop;
import org.sopflow.model.Opd;
import org.sopflow.model.Opds;
import org.sopflow.model.ProcessesProperties.OpdFolder;
import org.sopflow.model.RoleCatalogue;
import org.sopflow.model.ProcessesProperties;
import org.sopflow.model.ServiceStandards;
import org.sopflow.model.StandarPelayanan;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ResourceLoader;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * With {@code sop.processes.watch=true}, a model file saved under the processes folder is linted and
 * deployed within a few seconds while the server runs. A BPMN file with lint errors is left out with
 * its findings logged (and a {@link ProcessesRefused} event), so its running version stays. A saved
 * Standar Pelayanan file (or {@code sop-dokumen.yaml}) is read again the same way, its last usable
 * version staying while it has errors. Polling rather than a file-system watch service, so it also
 * works on network shares and container volumes.
 */
@Component
@ConditionalOnProperty(name = "sop.processes.watch", havingValue = "true")
class ProcessesWatcher {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessesWatcher.class);

  private final ProcessesDeployer deployer;
  private final SopLint lint;
  private final ApplicationEventPublisher events;
  private final ProcessesProperties properties;
  private final ResourceLoader resources;
  private final TaskScheduler scheduler;
  private final ServiceStandards standards;
  private final Opds opds;
  private ScheduledFuture<?> watching;
  private Path folder;
  private Map<String, String> deployed;
  private Map<String, String> pending;

  ProcessesWatcher(ProcessesDeployer deployer, SopLint lint, ApplicationEventPublisher events,
                   ProcessesProperties properties, ResourceLoader resources, TaskScheduler scheduler,
                   ServiceStandards standards, Opds opds) {
    this.opds = opds;
    this.scheduler = scheduler;
    this.standards = standards;
    this.deployer = deployer;
    this.lint = lint;
    this.events = events;
    this.properties = properties;
    this.resources = resources;
  }

  @EventListener(ApplicationReadyEvent.class)
  synchronized void start() throws IOException {
    if (!resources.getResource(properties.folder()).isFile()) {
      LOG.warn("sop.processes.watch is on, but {} is not a folder on disk; use a file: location", properties.folder());
      return;
    }
    folder = resources.getResource(properties.folder()).getFile().toPath();
    deployed = snapshot();
    Duration interval = properties.watchInterval();
    watching = scheduler.scheduleWithFixedDelay(this::poll, Instant.now().plus(interval), interval);
    LOG.info("Watching {} for changed SOP models every {} ms", folder, interval.toMillis());
  }

  @EventListener(ContextClosedEvent.class)
  synchronized void stop() {
    if (watching != null) {
      watching.cancel(false);
    }
  }

  private void poll() {
    try {
      Map<String, String> now = snapshot();
      if (now.equals(deployed)) {
        pending = null;
      } else if (!now.equals(pending)) {
        pending = now;
      } else {
        redeploy(changed(deployed, now));
        deployed = now;
        pending = null;
      }
    } catch (RuntimeException e) {
      LOG.error("Redeploying the changed SOP models of {} failed; the running versions stay", folder, e);
      deployed = snapshot();
    }
  }

  private void redeploy(Set<String> changed) {
    if (changed.stream().anyMatch(file -> file.endsWith(RoleCatalogue.FILE_NAME) || file.endsWith(Opd.FILE))) {
      LOG.warn("roles.yaml or opd.yaml changed: restart the server to apply the role catalogue and the OPD's identity");
    }
    Set<String> known = opds.folders().stream().map(OpdFolder::path).collect(Collectors.toSet());
    if (!known.contains("")) {
      changed.stream().filter(file -> file.indexOf('/') > 0).map(file -> file.substring(0, file.indexOf('/') + 1))
          .filter(path -> !known.contains(path)).distinct().forEach(path -> LOG.warn("{} is no OPD of this"
              + " installation yet: its files are not deployed; add it with POST /api/kota/opd (operating.md)", path));
    }
    if (changed.stream().anyMatch(ProcessesWatcher::isServiceStandard)) {
      standards.reload().forEach(file -> LOG.error("{} has errors; its last usable version stays", file));
      LOG.info("Standar Pelayanan read again: {} services", standards.all().size());
    }
    Map<String, List<Finding>> byFile = opds.folders().stream()
        .flatMap(opd -> lint.lintFolder(folder.resolve(opd.path())).stream().map(finding -> finding.under(opd.path())))
        .collect(Collectors.groupingBy(Finding::file, TreeMap::new, Collectors.toList()));
    byFile.forEach((file, findings) -> {
      if (changed.contains(file)) {
        findings.forEach(ProcessesWatcher::log);
      }
    });
    Set<String> refused = byFile.entrySet().stream()
        .filter(entry -> entry.getValue().stream().anyMatch(Finding::isError))
        .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    if (refused.stream().anyMatch(changed::contains)) {
      events.publishEvent(new ProcessesRefused(folder.toString(), List.copyOf(refused),
          byFile.values().stream().flatMap(List::stream).filter(Finding::isError).toList()));
    }
    deployer.deployExcept(refused);
  }

  private static void log(Finding finding) {
    if (finding.isError()) {
      LOG.error("Not deployed, the running version stays: {}", finding);
    } else {
      LOG.warn("{}", finding);
    }
  }

  /** Each model file, roles.yaml and the Standar Pelayanan files, relative to the folder, with a checksum of its content. */
  private Map<String, String> snapshot() {
    try (Stream<Path> files = Files.walk(folder)) {
      Map<String, String> state = new TreeMap<>();
      files.filter(this::isWatched).forEach(file -> state.put(relative(file), stamp(file)));
      return state;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
  }

  private static Set<String> changed(Map<String, String> before, Map<String, String> now) {
    Set<String> changed = new TreeSet<>();
    now.forEach((file, stamp) -> {
      if (!stamp.equals(before.get(file))) {
        changed.add(file);
      }
    });
    before.keySet().stream().filter(file -> !now.containsKey(file)).forEach(changed::add);
    return changed;
  }

  private boolean isWatched(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && (name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form")
        || name.equals(RoleCatalogue.FILE_NAME) || name.equals(Opd.FILE) || isServiceStandard(relative(file)));
  }

  /** A Standar Pelayanan file or the documented SOPs, in an OPD's folder or the location itself. */
  private static boolean isServiceStandard(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    return name.equals(DocumentedSop.FILE)
        || ("/" + file).contains("/" + StandarPelayanan.FOLDER) && file.endsWith(".yaml");
  }

  private String relative(Path file) {
    return folder.relativize(file).toString().replace('\\', '/');
  }

  /** The content's checksum: modification times are too coarse on some file systems, and models are small. */
  private static String stamp(Path file) {
    try {
      CRC32 checksum = new CRC32();
      checksum.update(Files.readAllBytes(file));
      return Long.toHexString(checksum.getValue());
    } catch (IOException e) {
      return "unreadable";
    }
  }
}
