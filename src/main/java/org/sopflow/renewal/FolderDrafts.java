package org.sopflow.renewal;

import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sopflow.deployment.ModelForDraft;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A model of the processes folder becomes a draft of its SOP; a broken one is named in the log, the others go on. */
@Component
class FolderDrafts {

  private static final Logger LOG = LoggerFactory.getLogger(FolderDrafts.class);

  private final SopVersions versions;
  private final RenewalCases cases;

  FolderDrafts(SopVersions versions, RenewalCases cases) {
    this.versions = versions;
    this.cases = cases;
  }

  @EventListener
  void on(ModelForDraft model) {
    try {
      versions.draftFromFolder(model.fileName(), model.content().getBytes(StandardCharsets.UTF_8))
          .ifPresent(draft -> {
            LOG.info("{} stored as draft {} of SOP '{}'; it runs once approved", model.fileName(), draft.id(),
                draft.sopKey());
            cases.start(draft);
          });
    } catch (SopVersions.DraftRefused e) {
      LOG.error("{} is not stored as a draft: {}", model.fileName(), e.getMessage());
    }
  }
}
