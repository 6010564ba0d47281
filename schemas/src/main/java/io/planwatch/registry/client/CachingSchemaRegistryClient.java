package io.planwatch.registry.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * Caches ids both ways in front of another client: schema to id per subject (register, lookup) and
 * id to schema. Ids never change once assigned, so the cache needs no expiry; the hot path of the
 * serdes therefore makes no network call after the first record of each schema. Latest versions,
 * configs and compatibility tests are not cached: they change.
 */
public final class CachingSchemaRegistryClient implements SchemaRegistryClient {
  private final SchemaRegistryClient delegate;
  private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();
  private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

  public CachingSchemaRegistryClient(SchemaRegistryClient delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  @Override
  public int register(String subject, Schema schema) {
    return ids(subject)
        .computeIfAbsent(
            schema,
            s -> {
              int id = delegate.register(subject, s);
              schemasById.putIfAbsent(id, s);
              return id;
            });
  }

  @Override
  public Schema schemaById(int id) {
    return schemasById.computeIfAbsent(id, delegate::schemaById);
  }

  @Override
  public RegisteredSchema latest(String subject) {
    RegisteredSchema latest = delegate.latest(subject);
    schemasById.putIfAbsent(latest.id(), latest.schema());
    return latest;
  }

  @Override
  public RegisteredSchema version(String subject, int version) {
    RegisteredSchema found = delegate.version(subject, version);
    schemasById.putIfAbsent(found.id(), found.schema());
    return found;
  }

  @Override
  public RegisteredSchema lookup(String subject, Schema schema) {
    RegisteredSchema found = delegate.lookup(subject, schema);
    ids(subject).putIfAbsent(schema, found.id());
    schemasById.putIfAbsent(found.id(), found.schema());
    return found;
  }

  @Override
  public CompatibilityResult testCompatibility(String subject, Schema schema) {
    return delegate.testCompatibility(subject, schema);
  }

  @Override
  public List<String> subjects() {
    return delegate.subjects();
  }

  @Override
  public CompatibilityLevel compatibility(String subject) {
    return delegate.compatibility(subject);
  }

  @Override
  public void setCompatibility(String subject, CompatibilityLevel level) {
    delegate.setCompatibility(subject, level);
  }

  private Map<Schema, Integer> ids(String subject) {
    return idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
  }
}
