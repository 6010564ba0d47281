package io.planwatch.registry.client;

import java.util.Map;

/**
 * Builds the client a configuration asks for: in-memory for {@code mock://}, else HTTP; both behind
 * the id cache, so the serdes' hot path never reaches the registry twice for one schema.
 */
public final class SchemaRegistryClients {
  private SchemaRegistryClients() {}

  /** The client for Confluent-named settings ({@code schema.registry.url}, …). */
  public static SchemaRegistryClient create(Map<String, ?> configs) {
    return create(RegistryClientConfig.from(configs));
  }

  /** The client for a bound configuration. */
  public static SchemaRegistryClient create(RegistryClientConfig config) {
    if (config.isMock()) {
      return new CachingSchemaRegistryClient(
          MockSchemaRegistry.clientForScope(
              MockSchemaRegistry.scopeOf(config.urls().get(0).toString())));
    }
    return new CachingSchemaRegistryClient(new RestSchemaRegistryClient(config));
  }
}
