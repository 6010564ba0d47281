package io.planwatch.registry.client;

import io.planwatch.registry.store.SchemaStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory registries for {@code mock://scope} URLs, one per scope and shared by every client of
 * that scope in the JVM (as Confluent's MockSchemaRegistry): a serializer and a deserializer
 * configured with the same {@code mock://} URL see the same ids. Tests drop a scope when done.
 */
public final class MockSchemaRegistry {
  /** URL prefix that selects the in-memory registry. */
  public static final String MOCK_URL_PREFIX = "mock://";

  private static final Map<String, SchemaStore> SCOPES = new ConcurrentHashMap<>();

  private MockSchemaRegistry() {}

  /** The client of a scope, creating the scope's registry on first use. */
  public static SchemaRegistryClient clientForScope(String scope) {
    return new MockSchemaRegistryClient(SCOPES.computeIfAbsent(scope, s -> new SchemaStore()));
  }

  /** The scope of a {@code mock://scope} URL. */
  public static String scopeOf(String url) {
    if (!url.startsWith(MOCK_URL_PREFIX)) {
      throw new IllegalArgumentException("not a mock:// URL: " + url);
    }
    return url.substring(MOCK_URL_PREFIX.length());
  }

  /** Forgets a scope's schemas (call from tests' tear-down). */
  public static void dropScope(String scope) {
    SCOPES.remove(scope);
  }
}
