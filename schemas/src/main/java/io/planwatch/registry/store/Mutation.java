package io.planwatch.registry.store;

import io.planwatch.registry.client.CompatibilityLevel;
import org.apache.avro.Schema;

/**
 * One change of the store's state: what the journal records, one per line, and what replay applies
 * again. Reads (look-ups, compatibility tests) are never mutations.
 */
sealed interface Mutation {

  /** A schema became a subject's next version, under a global id. */
  record SchemaRegistered(String subject, int id, int version, Schema schema) implements Mutation {}

  /** A compatibility level was set: for a subject, or globally when {@code subject} is null. */
  record LevelSet(String subject, CompatibilityLevel level) implements Mutation {}

  /** A subject and its own level were removed; its schema ids stay resolvable. */
  record SubjectDeleted(String subject) implements Mutation {}
}
