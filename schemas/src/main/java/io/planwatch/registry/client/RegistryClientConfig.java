package io.planwatch.registry.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * How to reach a schema registry, read from Confluent's configuration names so that a properties
 * file written for Confluent's client works unchanged.
 *
 * @param urls registry base URLs, tried in order (fail-over); or one {@code mock://scope}
 * @param credentials basic-auth {@code user:password}, or null for none
 * @param connectTimeout TCP connect timeout
 * @param requestTimeout time allowed for a whole request
 * @param maxRetries retries after the first attempt, on 5xx and connection errors only
 * @param retryBackoff first wait between attempts, doubled each time
 * @param maxRetryBackoff upper bound of that wait
 * @param trustStore the certificates an {@code https://} registry may present, or null for the
 *     JVM's default trust (the public CAs)
 */
public record RegistryClientConfig(
    List<URI> urls,
    String credentials,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxRetries,
    Duration retryBackoff,
    Duration maxRetryBackoff,
    TrustStore trustStore) {

  /** Comma-separated registry URLs; {@code mock://scope} selects an in-memory registry. */
  public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";

  /** {@code USER_INFO} (use {@link #BASIC_AUTH_USER_INFO}) or {@code URL} (the URL's userinfo). */
  public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";

  /** {@code user:password} for basic auth when the source is USER_INFO. */
  public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";

  /** Connect timeout, ms (default 10000). */
  public static final String HTTP_CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";

  /** Request timeout, ms (default 30000). */
  public static final String HTTP_READ_TIMEOUT_MS = "http.read.timeout.ms";

  /** Retries on 5xx and connection errors (default 3). */
  public static final String MAX_RETRIES = "max.retries";

  /** First backoff between retries, ms (default 500), doubled per retry. */
  public static final String RETRIES_WAIT_MS = "retries.wait.ms";

  /** Upper bound of the backoff, ms (default 20000). */
  public static final String RETRIES_MAX_WAIT_MS = "retries.max.wait.ms";

  /**
   * A trust store file (PKCS12 or JKS) holding the CA that signed the registry's certificate, as in
   * Confluent's client.
   */
  public static final String SSL_TRUSTSTORE_LOCATION = "schema.registry.ssl.truststore.location";

  /** Password of {@link #SSL_TRUSTSTORE_LOCATION}. */
  public static final String SSL_TRUSTSTORE_PASSWORD = "schema.registry.ssl.truststore.password";

  /** {@code PKCS12} (the default) or {@code JKS}. */
  public static final String SSL_TRUSTSTORE_TYPE = "schema.registry.ssl.truststore.type";

  public RegistryClientConfig {
    urls = List.copyOf(urls);
    if (urls.isEmpty()) {
      throw new IllegalArgumentException(SCHEMA_REGISTRY_URL + " must name at least one URL");
    }
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(retryBackoff, "retryBackoff");
    Objects.requireNonNull(maxRetryBackoff, "maxRetryBackoff");
    if (maxRetries < 0) {
      throw new IllegalArgumentException(MAX_RETRIES + " must be >= 0: " + maxRetries);
    }
  }

  /** A config for the given URLs with the defaults. */
  public static RegistryClientConfig of(String urls) {
    return from(Map.of(SCHEMA_REGISTRY_URL, urls));
  }

  /** Binds Confluent-named settings; unknown keys are ignored (they belong to Kafka). */
  public static RegistryClientConfig from(Map<String, ?> configs) {
    ConfigValues values = new ConfigValues(configs);
    List<URI> urls =
        Arrays.stream(values.required(SCHEMA_REGISTRY_URL).split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(RegistryClientConfig::uri)
            .toList();
    String source = values.string(BASIC_AUTH_CREDENTIALS_SOURCE, "URL").trim().toUpperCase();
    String credentials =
        switch (source) {
          case "USER_INFO" -> values.required(BASIC_AUTH_USER_INFO);
          case "URL" -> urls.get(0).getUserInfo();
          default ->
              throw new IllegalArgumentException(
                  BASIC_AUTH_CREDENTIALS_SOURCE
                      + " must be USER_INFO or URL, was '"
                      + source
                      + "'");
        };
    return new RegistryClientConfig(
        urls,
        credentials,
        Duration.ofMillis(values.longValue(HTTP_CONNECT_TIMEOUT_MS, 10_000)),
        Duration.ofMillis(values.longValue(HTTP_READ_TIMEOUT_MS, 30_000)),
        (int) values.longValue(MAX_RETRIES, 3),
        Duration.ofMillis(values.longValue(RETRIES_WAIT_MS, 500)),
        Duration.ofMillis(values.longValue(RETRIES_MAX_WAIT_MS, 20_000)),
        trustStore(values));
  }

  /**
   * The trust store an HTTPS registry is checked against.
   *
   * @param location the file
   * @param password its password (may be empty for a store without integrity check)
   * @param type {@code PKCS12} or {@code JKS}
   */
  public record TrustStore(Path location, String password, String type) {
    public TrustStore {
      Objects.requireNonNull(location, "location");
      password = password == null ? "" : password;
      type = type == null || type.isBlank() ? "PKCS12" : type.trim();
    }

    /**
     * An SSL context trusting exactly the certificates of this store.
     *
     * @throws IllegalArgumentException naming the setting when the file cannot be read
     */
    public SSLContext sslContext() {
      try (InputStream in = Files.newInputStream(location())) {
        KeyStore store = KeyStore.getInstance(type());
        store.load(in, password().toCharArray());
        TrustManagerFactory trust =
            TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
      } catch (IOException | GeneralSecurityException e) {
        throw new IllegalArgumentException(
            SSL_TRUSTSTORE_LOCATION
                + ": cannot read the "
                + type()
                + " trust store "
                + location()
                + " (check the file, "
                + SSL_TRUSTSTORE_PASSWORD
                + " and "
                + SSL_TRUSTSTORE_TYPE
                + "): "
                + e.getMessage(),
            e);
      }
    }

    @Override
    public String toString() {
      return "TrustStore[" + location + ", " + type + ", password ****]";
    }
  }

  private static TrustStore trustStore(ConfigValues values) {
    String location = values.string(SSL_TRUSTSTORE_LOCATION, null);
    if (location == null || location.isBlank()) {
      return null;
    }
    return new TrustStore(
        Path.of(location.trim()),
        values.string(SSL_TRUSTSTORE_PASSWORD, ""),
        values.string(SSL_TRUSTSTORE_TYPE, "PKCS12"));
  }

  /** Whether this config selects the in-memory registry. */
  public boolean isMock() {
    return "mock".equals(urls.get(0).getScheme());
  }

  private static URI uri(String text) {
    try {
      URI uri = URI.create(text);
      boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      if (!(http && uri.getHost() != null || "mock".equals(uri.getScheme()))) {
        throw new IllegalArgumentException("neither http(s)://host:port nor mock://scope");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          SCHEMA_REGISTRY_URL + ": '" + text + "' is not a URL like http://localhost:8081", e);
    }
  }
}
