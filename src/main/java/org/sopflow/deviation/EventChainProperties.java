package org.sopflow.deviation;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the maladministration log's chain is anchored outside the database ({@code sop.event-chain.*}).
 *
 * @param checkpointFile the file each checkpoint (time, sequence and hash of the chain's head) is appended to,
 *     on a disk the database's administrators cannot write; empty for none
 * @param checkpointInterval how often the head is written when it has moved
 * @param checkpointKey the secret the checkpoints are signed with (HMAC-SHA256); without one they are not signed
 */
@ConfigurationProperties("sop.event-chain")
record EventChainProperties(@DefaultValue("data/sop-event-chain.checkpoints") String checkpointFile,
                            @DefaultValue("1h") Duration checkpointInterval, String checkpointKey) {

  // a String, not a Path: Spring binds an empty Path as none and puts the default in its place
  boolean anchored() {
    return checkpointFile != null && !checkpointFile.isBlank();
  }

  Path checkpointPath() {
    return Path.of(checkpointFile);
  }
}
