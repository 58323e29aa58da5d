package org.sopflow.deployment;

import java.util.List;
import org.sopflow.lint.Finding;

/**
 * Published when the watcher refused changed model files: their errors, and the files it left out
 * (whose earlier versions keep running).
 */
public record ProcessesRefused(String folder, List<String> files, List<Finding> errors) {
}
