package org.sopflow.city;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sopflow.model.Opd;
import org.sopflow.model.OpdAddition;
import org.sopflow.model.Opds;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The OPDs an administrator added while the server ran ({@code sop_opd_added}): added here at once,
 * taken up by the other nodes within {@code sop.city.refresh-interval}, and by every later start
 * before the roles' groups are made, so an OPD once added stays whether or not
 * {@code sop.processes.opds} lists it yet.
 */
@Component
@Order(8)
class AddedOpds implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(AddedOpds.class);

  private final JdbcClient jdbc;
  private final OpdAddition addition;
  private final Opds opds;
  private final Clock clock;

  AddedOpds(JdbcClient jdbc, OpdAddition addition, Opds opds, Clock clock) {
    this.jdbc = jdbc;
    this.addition = addition;
    this.opds = opds;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    takeUp();
  }

  /** Adds the OPD of the city's folder {@code id} and records it; refused naming what is wrong, nothing added. */
  synchronized Opd add(String id, String user) {
    Opd opd = addition.add(id);
    jdbc.sql("INSERT INTO sop_opd_added (opd, added_by, added_at) VALUES (?, ?, ?)")
        .params(id, user, Timestamp.from(clock.instant())).update();
    LOG.info("OPD '{}' ({}) added by {} while running; list it in sop.processes.opds too", id, opd.label(), user);
    return opd;
  }

  /** An OPD another node added: this node takes it up. */
  @Scheduled(fixedDelayString = "${sop.city.refresh-interval:PT1M}", initialDelayString = "${sop.city.refresh-interval:PT1M}")
  synchronized void takeUp() {
    List<String> added = jdbc.sql("SELECT opd FROM sop_opd_added ORDER BY added_at, opd").query(String.class).list();
    for (String id : added) {
      if (opds.find(id).isEmpty()) {
        try {
          addition.add(id);
          LOG.info("OPD '{}', added while a node ran, taken up", id);
        } catch (IllegalArgumentException e) {
          LOG.error("OPD '{}', added while a node ran, cannot be taken up on this node: {}", id, e.getMessage());
        }
      }
    }
  }
}
