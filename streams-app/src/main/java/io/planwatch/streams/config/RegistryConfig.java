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
 */
public record RegistryConfig(List<URI> urls, Optional<String> basicAuthUserInfo) {

  public RegistryConfig {
    urls = List.copyOf(urls);
  }

  /**
   * Serde configuration under Confluent's names ({@code schema.registry.url}, {@code
   * basic.auth.credentials.source}, {@code basic.auth.user.info}), for {@code Serde.configure}.
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
    return config;
  }

  @Override
  public String toString() {
    return "RegistryConfig[urls="
        + urls
        + ", basicAuthUserInfo="
        + basicAuthUserInfo.map(s -> Secrets.MASK).orElse("none")
        + "]";
  }
}
