package io.planwatch.registry.store;

import io.planwatch.registry.client.CompatibilityLevel;
import io.planwatch.registry.client.IncompatibleSchemaException;
import io.planwatch.registry.client.InvalidVersionException;
import io.planwatch.registry.client.RegisteredSchema;
import io.planwatch.registry.client.SchemaNotFoundException;
import io.planwatch.registry.client.SubjectNotFoundException;
import io.planwatch.registry.client.VersionNotFoundException;
import io.planwatch.registry.store.Mutation.LevelSet;
import io.planwatch.registry.store.Mutation.SchemaRegistered;
import io.planwatch.registry.store.Mutation.SubjectDeleted;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.avro.Schema;

/**
 * The state of a schema registry, with Confluent's semantics: ids are global across subjects, the
 * same schema registered again gets the same id (and, in the same subject, the same version), and a
 * new version must pass the subject's compatibility level. Backs both the HTTP server and the
 * {@code mock://} client. Thread-safe: every operation holds the store's lock.
 *
 * <p>{@code new SchemaStore()} lives in memory. {@link #open(Path)} makes it durable in a data
 * directory: every change (a new version, a level, a deleted subject) is appended to the journal
 * {@code schemas.jsonl} and forced to disk before it takes effect and before the caller can
 * acknowledge it, and replaying the journal on the next open restores the same ids, versions,
 * levels and deletions. A lock file keeps a second store out of the directory until {@link
 * #close()}.
 */
public final class SchemaStore implements AutoCloseable {
  private final Map<String, Integer> idsBySchema = new HashMap<>();
  private final Map<Integer, Schema> schemasById = new HashMap<>();
  private final Map<String, List<Integer>> idsBySubject = new TreeMap<>();
  private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
  private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;
  private int nextId = 1;
  private SchemaJournal journal;

  /** An in-memory store. */
  public SchemaStore() {}

  /**
   * A durable store in a data directory (created if missing), holding what its journal says.
   *
   * @throws RegistryStorageException when another store holds the directory, or a journal line
   *     other than a torn last one is corrupt (the message names file and line)
   */
  public static SchemaStore open(Path dataDirectory) {
    SchemaStore store = new SchemaStore();
    synchronized (store) {
      store.journal = SchemaJournal.open(dataDirectory, store::apply);
    }
    return store;
  }

  /** The journal file of a durable store; empty in memory. */
  public synchronized Optional<Path> journalFile() {
    return Optional.ofNullable(journal).map(SchemaJournal::file);
  }

  /**
   * Closes the journal and releases the data directory (later changes fail, reads still answer);
   * idempotent; nothing for an in-memory store.
   */
  @Override
  public synchronized void close() {
    if (journal != null) {
      journal.close();
    }
  }

  /** Registers the schema as the subject's next version unless it is already registered there. */
  public synchronized RegisteredSchema register(String subject, Schema schema) {
    List<Integer> ids = idsBySubject.get(subject);
    Integer existingId = idsBySchema.get(key(schema));
    if (ids != null && existingId != null && ids.contains(existingId)) {
      return new RegisteredSchema(subject, existingId, ids.indexOf(existingId) + 1, schema);
    }
    List<String> problems =
        ids == null ? List.of() : level(subject).incompatibilities(schema, schemas(ids));
    if (!problems.isEmpty()) {
      throw new IncompatibleSchemaException(
          "Schema being registered is incompatible with an earlier schema for subject '"
              + subject
              + "' under "
              + level(subject)
              + ": "
              + String.join("; ", problems));
    }
    int id = existingId != null ? existingId : nextId;
    int version = ids == null ? 1 : ids.size() + 1;
    commit(new SchemaRegistered(subject, id, version, schema));
    return new RegisteredSchema(subject, id, version, schemasById.get(id));
  }

  /** Subject names, sorted. */
  public synchronized List<String> subjects() {
    return List.copyOf(idsBySubject.keySet());
  }

  /** The subject's version numbers, from 1. */
  public synchronized List<Integer> versions(String subject) {
    int count = subjectIds(subject).size();
    List<Integer> versions = new ArrayList<>(count);
    for (int v = 1; v <= count; v++) {
      versions.add(v);
    }
    return versions;
  }

  /** One version of a subject: a positive number or {@code latest} (or -1). */
  public synchronized RegisteredSchema version(String subject, String versionSpec) {
    List<Integer> ids = subjectIds(subject);
    int version = parseVersion(versionSpec, ids.size());
    if (version > ids.size()) {
      throw new VersionNotFoundException(
          "Version " + versionSpec + " not found for subject '" + subject + "'");
    }
    int id = ids.get(version - 1);
    return new RegisteredSchema(subject, id, version, schemasById.get(id));
  }

  /** The version of the subject that holds this schema. */
  public synchronized RegisteredSchema lookup(String subject, Schema schema) {
    List<Integer> ids = subjectIds(subject);
    Integer id = idsBySchema.get(key(schema));
    if (id == null || !ids.contains(id)) {
      throw new SchemaNotFoundException("Schema not found under subject '" + subject + "'");
    }
    return new RegisteredSchema(subject, id, ids.indexOf(id) + 1, schemasById.get(id));
  }

  /** Deletes a subject; returns the versions it had. Schema ids stay resolvable. */
  public synchronized List<Integer> deleteSubject(String subject) {
    List<Integer> versions = versions(subject);
    commit(new SubjectDeleted(subject));
    return versions;
  }

  /** The schema with a global id. */
  public synchronized Schema schemaById(int id) {
    Schema schema = schemasById.get(id);
    if (schema == null) {
      throw new SchemaNotFoundException("Schema " + id + " not found");
    }
    return schema;
  }

  /** Every (subject, version) that holds the schema with this id. */
  public synchronized List<RegisteredSchema> usesOf(int id) {
    Schema schema = schemaById(id);
    List<RegisteredSchema> uses = new ArrayList<>();
    idsBySubject.forEach(
        (subject, ids) -> {
          int index = ids.indexOf(id);
          if (index >= 0) {
            uses.add(new RegisteredSchema(subject, id, index + 1, schema));
          }
        });
    return uses;
  }

  /**
   * Why the schema could not follow the given version ({@code latest}: the subject's history as its
   * level requires); empty when compatible or when the subject does not exist yet.
   */
  public synchronized List<String> testCompatibility(
      String subject, String versionSpec, Schema schema) {
    List<Integer> ids = idsBySubject.get(subject);
    boolean latest = "latest".equals(versionSpec) || "-1".equals(versionSpec);
    if (ids == null && latest) {
      return List.of();
    }
    if (latest) {
      return level(subject).incompatibilities(schema, schemas(subjectIds(subject)));
    }
    RegisteredSchema against = version(subject, versionSpec);
    return level(subject).incompatibilities(schema, List.of(against.schema()));
  }

  /** The global compatibility level (BACKWARD unless set). */
  public synchronized CompatibilityLevel globalLevel() {
    return globalLevel;
  }

  public synchronized void setGlobalLevel(CompatibilityLevel level) {
    commit(new LevelSet(null, level));
  }

  /** The level in force for a subject: its own, else the global one. */
  public synchronized CompatibilityLevel level(String subject) {
    return subjectLevels.getOrDefault(subject, globalLevel);
  }

  public synchronized void setLevel(String subject, CompatibilityLevel level) {
    commit(new LevelSet(subject, level));
  }

  /** Journals the change first (when durable), so that nothing is applied that was not written. */
  private void commit(Mutation mutation) {
    if (journal != null) {
      journal.append(mutation);
    }
    apply(mutation);
  }

  /**
   * Applies a change, live or replayed; a replayed one that contradicts the state so far (a journal
   * edited by hand, or from another registry) is refused.
   *
   * @throws IllegalStateException naming the contradiction
   */
  private void apply(Mutation mutation) {
    if (mutation instanceof SchemaRegistered registered) {
      applyRegistered(registered);
    } else if (mutation instanceof LevelSet set) {
      if (set.subject() == null) {
        globalLevel = set.level();
      } else {
        subjectLevels.put(set.subject(), set.level());
      }
    } else {
      String subject = ((SubjectDeleted) mutation).subject();
      if (idsBySubject.remove(subject) == null) {
        throw new IllegalStateException("subject '" + subject + "' is deleted but does not exist");
      }
      subjectLevels.remove(subject);
    }
  }

  private void applyRegistered(SchemaRegistered r) {
    String key = key(r.schema());
    Integer known = idsBySchema.get(key);
    if (known != null && known != r.id()) {
      throw new IllegalStateException("the schema has id " + known + ", not " + r.id());
    }
    Schema holder = schemasById.get(r.id());
    if (holder != null && !key(holder).equals(key)) {
      throw new IllegalStateException("id " + r.id() + " already belongs to another schema");
    }
    List<Integer> ids = idsBySubject.getOrDefault(r.subject(), List.of());
    if (ids.contains(r.id())) {
      throw new IllegalStateException(
          "id " + r.id() + " is already a version of subject '" + r.subject() + "'");
    }
    if (r.version() != ids.size() + 1) {
      throw new IllegalStateException(
          "subject '"
              + r.subject()
              + "' has "
              + ids.size()
              + " versions, so the next is "
              + (ids.size() + 1)
              + ", not "
              + r.version());
    }
    idsBySchema.putIfAbsent(key, r.id());
    schemasById.putIfAbsent(r.id(), r.schema());
    idsBySubject.computeIfAbsent(r.subject(), s -> new ArrayList<>()).add(r.id());
    nextId = Math.max(nextId, r.id() + 1);
  }

  private List<Integer> subjectIds(String subject) {
    List<Integer> ids = idsBySubject.get(subject);
    if (ids == null) {
      throw new SubjectNotFoundException("Subject '" + subject + "' not found.");
    }
    return ids;
  }

  private List<Schema> schemas(List<Integer> ids) {
    Map<Integer, Schema> ordered = new LinkedHashMap<>();
    ids.forEach(id -> ordered.put(id, schemasById.get(id)));
    return List.copyOf(ordered.values());
  }

  private static int parseVersion(String spec, int latest) {
    if ("latest".equals(spec) || "-1".equals(spec)) {
      return latest;
    }
    try {
      int version = Integer.parseInt(spec);
      if (version >= 1) {
        return version;
      }
    } catch (NumberFormatException ignored) {
      // fall through to the typed error below
    }
    throw new InvalidVersionException(
        "The specified version '"
            + spec
            + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string"
            + " \"latest\"");
  }

  private static String key(Schema schema) {
    return schema.toString();
  }
}
