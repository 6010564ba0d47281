package io.planwatch.streams.config;

import io.planwatch.registry.client.RegistryClientConfig;
import io.planwatch.topics.Topics;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Builds the {@link AppConfig} from layers, later layers winning: code defaults, then a config
 * file, then the environment, then explicit overrides (command-line options). Every problem is
 * reported at once in one {@link ConfigException}.
 */
public final class AppConfigLoader {

  /** Characters Kafka accepts in topic names and application ids. */
  private static final Pattern KAFKA_NAME = Pattern.compile("[a-zA-Z0-9._-]*");

  /** Kafka's limit on a topic name; the longest fixed name is {@code reference.indicators}. */
  private static final int MAX_PREFIX_LENGTH = 249 - "reference.indicators".length();

  /** More repartition partitions than this is a typo, not a plan: each is a task with stores. */
  private static final int MAX_SERIES_PARTITIONS = 1_000;

  private static final int MAX_TOPIC_PARTITIONS = 10_000;

  private static final List<String> GUARANTEES =
      List.of(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE);

  private AppConfigLoader() {}

  /**
   * The usual layering.
   *
   * @param file a {@code .properties} or YAML file, if one was given
   * @param environment the process environment ({@code System.getenv()} in {@code main} only)
   * @param overrides settings by key from the command line, highest precedence
   */
  public static AppConfig load(
      final Optional<Path> file,
      final Map<String, String> environment,
      final Map<String, String> overrides) {
    final List<ConfigLayer> layers = new ArrayList<>();
    layers.add(ConfigLayer.defaults());
    file.map(ConfigFiles::read).ifPresent(layers::add);
    layers.add(ConfigLayer.fromEnvironment(environment));
    layers.add(ConfigLayer.of(overrides, "command line"));
    return load(layers);
  }

  /** Binds the layers, lowest precedence first. */
  public static AppConfig load(final List<ConfigLayer> layers) {
    final Map<String, SettingsReader.Sourced> merged = new LinkedHashMap<>();
    for (final ConfigLayer layer : layers) {
      layer
          .values()
          .forEach(
              (key, value) ->
                  merged.put(key, new SettingsReader.Sourced(value, layer.originOf().apply(key))));
    }
    return bind(new SettingsReader(merged), merged);
  }

  private static AppConfig bind(
      final SettingsReader reader, final Map<String, SettingsReader.Sourced> merged) {
    final Map<String, String> passThrough = passThrough(reader, merged);
    final List<HostAndPort> bootstrap = bootstrapServers(reader);
    final String applicationId = kafkaName(reader, ConfigKey.APPLICATION_ID);
    final Topics topics = topics(reader);
    final ProcessingConfig processing = processing(reader);
    final RegistryConfig registry = registry(reader);
    final HttpConfig http = http(reader);
    final RocksDbConfig rocksDb = rocksDb(reader);
    final DlqConfig dlq =
        new DlqConfig(
            topics.deadLetters().name(),
            reader.bool(ConfigKey.DLQ_ENABLED),
            reader.bool(ConfigKey.DLQ_CONTINUE_ON_UNHANDLED_ERRORS));
    if (!reader.problems().isEmpty()) {
      throw new ConfigException(reader.problems());
    }
    return new AppConfig(
        bootstrap, applicationId, topics, processing, registry, http, rocksDb, dlq, passThrough);
  }

  /** {@code kafka.*} keys without the prefix; unknown keys and duplicated settings are errors. */
  private static Map<String, String> passThrough(
      final SettingsReader reader, final Map<String, SettingsReader.Sourced> merged) {
    final Map<String, String> properties = new LinkedHashMap<>();
    merged.forEach(
        (key, sourced) -> {
          if (key.startsWith(ConfigKey.KAFKA_PREFIX)) {
            final String property = key.substring(ConfigKey.KAFKA_PREFIX.length());
            if (property.isEmpty()) {
              reader.problem(key, "names no Kafka property");
            } else if (AppConfig.TYPED_KAFKA_KEYS.contains(property)) {
              reader.problem(
                  key,
                  "duplicates the setting "
                      + property
                      + " ("
                      + ConfigKey.envNameOf(property)
                      + "); set only that one");
            } else {
              properties.put(property, sourced.value());
            }
          } else if (ConfigKey.fromKey(key).isEmpty()) {
            reader.problem(
                key,
                "unknown setting; known: "
                    + Arrays.stream(ConfigKey.values()).map(ConfigKey::key).toList()
                    + " and kafka.<client property>");
          }
        });
    return properties;
  }

  private static List<HostAndPort> bootstrapServers(final SettingsReader reader) {
    final List<HostAndPort> servers = new ArrayList<>();
    final List<String> invalid = new ArrayList<>();
    for (final String entry : reader.text(ConfigKey.BOOTSTRAP_SERVERS).split(",")) {
      if (!entry.isBlank()) {
        HostAndPort.parse(entry).ifPresentOrElse(servers::add, () -> invalid.add(entry.trim()));
      }
    }
    if (!invalid.isEmpty()) {
      reader.problem(ConfigKey.BOOTSTRAP_SERVERS, "not host:port: " + invalid);
    } else if (servers.isEmpty()) {
      reader.problem(ConfigKey.BOOTSTRAP_SERVERS, "at least one host:port is required");
    }
    return servers;
  }

  private static String kafkaName(final SettingsReader reader, final ConfigKey key) {
    final String text = reader.text(key);
    if (text.isEmpty()) {
      reader.problem(key, "must not be empty");
    } else if (!KAFKA_NAME.matcher(text).matches()) {
      reader.problem(key, "only letters, digits, '.', '_' and '-' are allowed");
    }
    return text;
  }

  private static Topics topics(final SettingsReader reader) {
    final String prefix = reader.text(ConfigKey.TOPIC_PREFIX);
    if (prefix.length() > MAX_PREFIX_LENGTH) {
      reader.problem(ConfigKey.TOPIC_PREFIX, "longer than " + MAX_PREFIX_LENGTH + " characters");
      return Topics.defaults();
    }
    try {
      return Topics.withPrefix(prefix);
    } catch (final IllegalArgumentException e) {
      reader.problem(ConfigKey.TOPIC_PREFIX, e.getMessage());
      return Topics.defaults();
    }
  }

  private static ProcessingConfig processing(final SettingsReader reader) {
    final String guarantee = reader.text(ConfigKey.PROCESSING_GUARANTEE);
    if (!GUARANTEES.contains(guarantee)) {
      reader.problem(ConfigKey.PROCESSING_GUARANTEE, "must be one of " + GUARANTEES);
    }
    final int replication = reader.integer(ConfigKey.REPLICATION_FACTOR, -1, 32_767).orElse(-1);
    if (replication == 0) {
      reader.problem(ConfigKey.REPLICATION_FACTOR, "must be -1 (broker default) or at least 1");
    }
    final OptionalInt closeMs = reader.integer(ConfigKey.CLOSE_TIMEOUT_MS, 1, Integer.MAX_VALUE);
    final OptionalInt scorecardMs =
        reader.integer(ConfigKey.SCORECARD_INTERVAL_MS, 1, Integer.MAX_VALUE);
    final OptionalInt stallMs =
        reader.integer(ConfigKey.RESTORE_STALL_TIMEOUT_MS, 1, Integer.MAX_VALUE);
    final String server = reader.text(ConfigKey.APPLICATION_SERVER);
    final Optional<HostAndPort> applicationServer =
        server.isEmpty() ? Optional.empty() : HostAndPort.parse(server);
    if (!server.isEmpty() && applicationServer.isEmpty()) {
      reader.problem(ConfigKey.APPLICATION_SERVER, "not host:port");
    }
    return new ProcessingConfig(
        guarantee,
        replication,
        reader.integer(ConfigKey.NUM_STANDBY_REPLICAS, 0, 100).orElse(0),
        reader.integer(ConfigKey.NUM_STREAM_THREADS, 1, 1_000).orElse(1),
        stateDir(reader),
        applicationServer,
        Duration.ofMillis(closeMs.orElse(1)),
        reader.integer(ConfigKey.SERIES_PARTITIONS, 1, MAX_SERIES_PARTITIONS).orElse(1),
        Duration.ofMillis(scorecardMs.orElse(1)),
        reader.integer(ConfigKey.TOPIC_PARTITIONS, 1, MAX_TOPIC_PARTITIONS).orElse(1),
        Duration.ofMillis(stallMs.orElse(1)));
  }

  private static Optional<Path> stateDir(final SettingsReader reader) {
    final String text = reader.text(ConfigKey.STATE_DIR);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(text));
    } catch (final InvalidPathException e) {
      reader.problem(ConfigKey.STATE_DIR, "not a valid path: " + e.getReason());
      return Optional.empty();
    }
  }

  private static RegistryConfig registry(final SettingsReader reader) {
    final String userInfo = reader.text(ConfigKey.SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO);
    if (!userInfo.isEmpty() && userInfo.indexOf(':') < 1) {
      reader.problem(ConfigKey.SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO, "must be user:password");
    }
    final List<URI> urls = new ArrayList<>();
    final List<String> invalid = new ArrayList<>();
    for (final String url : reader.text(ConfigKey.SCHEMA_REGISTRY_URL).split(",")) {
      if (url.isBlank()) {
        continue;
      }
      if (isHttpUrl(url.trim()) || isMockUrl(url.trim())) {
        urls.add(URI.create(url.trim()));
      } else {
        invalid.add(url.trim());
      }
    }
    if (!invalid.isEmpty() || urls.isEmpty()) {
      reader.problem(
          ConfigKey.SCHEMA_REGISTRY_URL,
          "needs http:// or https:// URLs (or one mock://scope for tests), not " + invalid);
    }
    final String trustStore = reader.text(ConfigKey.SCHEMA_REGISTRY_SSL_TRUSTSTORE_LOCATION);
    return new RegistryConfig(
        urls,
        userInfo.isEmpty() ? Optional.empty() : Optional.of(userInfo),
        trustStore.isBlank()
            ? Optional.empty()
            : Optional.of(
                new RegistryClientConfig.TrustStore(
                    Path.of(trustStore.trim()),
                    reader.text(ConfigKey.SCHEMA_REGISTRY_SSL_TRUSTSTORE_PASSWORD),
                    null)));
  }

  private static HttpConfig http(final SettingsReader reader) {
    final List<String> origins = new ArrayList<>();
    for (final String origin : reader.text(ConfigKey.HTTP_CORS_ALLOWED_ORIGINS).split(",")) {
      final String trimmed = origin.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (isHttpUrl(trimmed)) {
        origins.add(trimmed);
      } else {
        reader.problem(
            ConfigKey.HTTP_CORS_ALLOWED_ORIGINS,
            "'" + trimmed + "' is not an origin like https://dashboard.example.org");
      }
    }
    return new HttpConfig(reader.integer(ConfigKey.HTTP_PORT, 0, 65_535).orElse(0), origins);
  }

  private static RocksDbConfig rocksDb(final SettingsReader reader) {
    final int cache = reader.integer(ConfigKey.ROCKSDB_BLOCK_CACHE_MB, 1, 1_048_576).orElse(0);
    final int writeBuffer =
        reader.integer(ConfigKey.ROCKSDB_WRITE_BUFFER_MB, 1, 1_048_576).orElse(0);
    if (cache > 0 && writeBuffer >= cache) {
      reader.problem(
          ConfigKey.ROCKSDB_WRITE_BUFFER_MB,
          "must be smaller than " + ConfigKey.ROCKSDB_BLOCK_CACHE_MB.key() + " (" + cache + ")");
    }
    return new RocksDbConfig(cache, writeBuffer);
  }

  private static boolean isMockUrl(final String text) {
    return text.startsWith("mock://") && text.length() > "mock://".length();
  }

  private static boolean isHttpUrl(final String text) {
    try {
      final URI uri = new URI(text);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (final URISyntaxException e) {
      return false;
    }
  }
}
