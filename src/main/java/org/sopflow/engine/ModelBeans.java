package org.sopflow.engine;

import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * The beans the engine's expressions may name, by name: the engine sees these and no other bean of
 * the application, so a model's expression cannot reach the application's services.
 */
@NamedInterface("hooks")
@FunctionalInterface
public interface ModelBeans {

  /** No bean at all: the engines of tests and commands. */
  ModelBeans NONE = Map::of;

  Map<String, Object> beans();
}
