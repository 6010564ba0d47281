package io.planwatch.streams.config;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Confluent-compatible schema registry the serdes talk to.
 *
 * @param basicAuthUserInfo {@code user:password}; a secret, never printed
 */
public record RegistryConfig(URI url, Optional<String> basicAuthUserInfo) {

  /**
   * Serde configuration under Confluent's names ({@code schema.registry.url}, {@code
   * basic.auth.credentials.source}, {@code basic.auth.user.info}), for {@code Serde.configure}.
   */
  public Map<String, Object> serdeConfig() {
    final Map<String, Object> config = new LinkedHashMap<>();
    config.put("schema.registry.url", url.toString());
    basicAuthUserInfo.ifPresent(
        userInfo -> {
          config.put("basic.auth.credentials.source", "USER_INFO");
          config.put("basic.auth.user.info", userInfo);
        });
    return config;
  }

  @Override
  public String toString() {
    return "RegistryConfig[url="
        + url
        + ", basicAuthUserInfo="
        + basicAuthUserInfo.map(s -> Secrets.MASK).orElse("none")
        + "]";
  }
}
