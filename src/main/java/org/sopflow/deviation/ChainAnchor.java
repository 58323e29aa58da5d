package org.sopflow.deviation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Writes the chain's head to the checkpoint file at start and every {@code sop.event-chain.checkpoint-interval}. */
class ChainAnchor implements SchedulingConfigurer {

  private static final Logger LOG = LoggerFactory.getLogger(ChainAnchor.class);

  private final MaladministrationEvents events;
  private final ChainCheckpoints checkpoints;
  private final EventChainProperties properties;

  ChainAnchor(MaladministrationEvents events, ChainCheckpoints checkpoints, EventChainProperties properties) {
    this.events = events;
    this.checkpoints = checkpoints;
    this.properties = properties;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar tasks) {
    if (properties.anchored()) {
      tasks.addFixedDelayTask(this::anchorQuietly, properties.checkpointInterval());
    }
  }

  /** Writes a checkpoint when the head moved; returns whether it wrote. */
  boolean anchor() {
    MaladministrationEvents.Head head = events.head();
    return checkpoints.write(head.sequence(), head.hash());
  }

  private void anchorQuietly() {
    try {
      anchor();
    } catch (RuntimeException e) {
      LOG.error("The maladministration log's chain could not be anchored; tried again at the next interval", e);
    }
  }
}
