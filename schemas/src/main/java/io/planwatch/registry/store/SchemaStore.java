package io.planwatch.registry.store;

import io.planwatch.registry.client.CompatibilityLevel;
import io.planwatch.registry.client.IncompatibleSchemaException;
import io.planwatch.registry.client.InvalidVersionException;
import io.planwatch.registry.client.RegisteredSchema;
import io.planwatch.registry.client.SchemaNotFoundException;
import io.planwatch.registry.client.SubjectNotFoundException;
import io.planwatch.registry.client.VersionNotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.Schema;

/**
 * An in-memory schema registry with Confluent's semantics: ids are global across subjects, the same
 * schema registered again gets the same id (and, in the same subject, the same version), and a new
 * version must pass the subject's compatibility level. Backs both the HTTP server and the {@code
 * mock://} client. Thread-safe: every operation holds the store's lock.
 */
public final class SchemaStore {
  private final Map<String, Integer> idsBySchema = new HashMap<>();
  private final Map<Integer, Schema> schemasById = new HashMap<>();
  private final Map<String, List<Integer>> idsBySubject = new TreeMap<>();
  private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
  private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;
  private int nextId = 1;

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
    int id = existingId != null ? existingId : nextId++;
    idsBySchema.putIfAbsent(key(schema), id);
    schemasById.putIfAbsent(id, schema);
    List<Integer> versions = idsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
    versions.add(id);
    return new RegisteredSchema(subject, id, versions.size(), schemasById.get(id));
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
    idsBySubject.remove(subject);
    subjectLevels.remove(subject);
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
    globalLevel = level;
  }

  /** The level in force for a subject: its own, else the global one. */
  public synchronized CompatibilityLevel level(String subject) {
    return subjectLevels.getOrDefault(subject, globalLevel);
  }

  public synchronized void setLevel(String subject, CompatibilityLevel level) {
    subjectLevels.put(subject, level);
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
