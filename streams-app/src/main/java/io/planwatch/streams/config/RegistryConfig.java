package io.planwatch.streams.config;

import io.planwatch.registry.client.RegistryClientConfig;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Confluent-compatible schema registry the serdes talk to.
 *
 * @param urls tried in order (fail-over); or one {@code mock://scope} for tests
 * @param basicAuthUserInfo {@code user:password}; a secret, never printed
 * @param trustStore the trust store an {@code https://} registry is checked against; empty for the
 *     JVM's CAs
 */
public record RegistryConfig(
    List<URI> urls,
    Optional<String> basicAuthUserInfo,
    Optional<RegistryClientConfig.TrustStore> trustStore) {

  public RegistryConfig {
    urls = List.copyOf(urls);
  }

  /** Without a trust store of its own. */
  public RegistryConfig(List<URI> urls, Optional<String> basicAuthUserInfo) {
    this(urls, basicAuthUserInfo, Optional.empty());
  }

  /**
   * Serde configuration under Confluent's names ({@code schema.registry.url}, {@code
   * basic.auth.credentials.source}, {@code basic.auth.user.info}, {@code
   * schema.registry.ssl.truststore.location/password}), for {@code Serde.configure}.
   */
  public Map<String, Object> serdeConfig() {
    final Map<String, Object> config = new LinkedHashMap<>();
    config.put(
        RegistryClientConfig.SCHEMA_REGISTRY_URL,
        String.join(",", urls.stream().map(URI::toString).toList()));
    basicAuthUserInfo.ifPresent(
        userInfo -> {
          config.put(RegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO");
          config.put(RegistryClientConfig.BASIC_AUTH_USER_INFO, userInfo);
        });
    trustStore.ifPresent(
        store -> {
          config.put(RegistryClientConfig.SSL_TRUSTSTORE_LOCATION, store.location().toString());
          config.put(RegistryClientConfig.SSL_TRUSTSTORE_PASSWORD, store.password());
        });
    return config;
  }

  @Override
  public String toString() {
    return "RegistryConfig[urls="
        + urls
        + ", basicAuthUserInfo="
        + basicAuthUserInfo.map(s -> Secrets.MASK).orElse("none")
        + ", trustStore="
        + trustStore.map(RegistryClientConfig.TrustStore::toString).orElse("JVM default")
        + "]";
  }
}
