package io.planwatch.registry.client;

import io.planwatch.registry.store.SchemaStore;
import java.util.List;
import java.util.Objects;
import org.apache.avro.Schema;

/**
 * A client over an in-memory {@link SchemaStore}: the same ids, versions, compatibility rules and
 * typed errors as the HTTP registry, with no network. Obtain one with {@link
 * MockSchemaRegistry#clientForScope} or {@code new MockSchemaRegistryClient(new SchemaStore())}.
 */
public final class MockSchemaRegistryClient implements SchemaRegistryClient {
  private final SchemaStore store;

  public MockSchemaRegistryClient(SchemaStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public int register(String subject, Schema schema) {
    return store.register(subject, schema).id();
  }

  @Override
  public Schema schemaById(int id) {
    return store.schemaById(id);
  }

  @Override
  public RegisteredSchema latest(String subject) {
    return store.version(subject, "latest");
  }

  @Override
  public RegisteredSchema version(String subject, int version) {
    return store.version(subject, Integer.toString(version));
  }

  @Override
  public RegisteredSchema lookup(String subject, Schema schema) {
    return store.lookup(subject, schema);
  }

  @Override
  public CompatibilityResult testCompatibility(String subject, Schema schema) {
    List<String> problems = store.testCompatibility(subject, "latest", schema);
    return new CompatibilityResult(problems.isEmpty(), problems);
  }

  @Override
  public List<String> subjects() {
    return store.subjects();
  }

  @Override
  public CompatibilityLevel compatibility(String subject) {
    return subject == null ? store.globalLevel() : store.level(subject);
  }

  @Override
  public void setCompatibility(String subject, CompatibilityLevel level) {
    if (subject == null) {
      store.setGlobalLevel(level);
    } else {
      store.setLevel(subject, level);
    }
  }
}
