package io.planwatch.producers.cli;

import io.planwatch.producers.publish.PublisherConfig;
import io.planwatch.registry.client.RegistryClientConfig;
import io.planwatch.topics.Topics;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * Binds the shared options into a {@link PublisherConfig}, in layers: code defaults, then the
 * {@code --config} file, then the environment, then the command line. The environment is given,
 * never read here: {@code PLANWATCH_BOOTSTRAP_SERVERS}, {@code PLANWATCH_SCHEMA_REGISTRY_URL},
 * {@code PLANWATCH_SCHEMA_REGISTRY_USER_INFO} (or the app's name for it, {@code
 * PLANWATCH_SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO}), {@code PLANWATCH_TOPIC_PREFIX}, {@code
 * PLANWATCH_SCHEMA_REGISTRY_SSL_<PROP>} for the registry's TLS settings ({@code
 * PLANWATCH_SCHEMA_REGISTRY_SSL_TRUSTSTORE_LOCATION} → {@code
 * schema.registry.ssl.truststore.location}), and {@code PLANWATCH_KAFKA_<PROP>} for any Kafka
 * client setting ({@code PLANWATCH_KAFKA_SECURITY_PROTOCOL} → {@code security.protocol}, {@code
 * PLANWATCH_KAFKA_SASL_JAAS_CONFIG} → {@code sasl.jaas.config}), given to every client.
 */
final class Settings {
  static final String ENV_BOOTSTRAP_SERVERS = "PLANWATCH_BOOTSTRAP_SERVERS";
  static final String ENV_SCHEMA_REGISTRY_URL = "PLANWATCH_SCHEMA_REGISTRY_URL";
  static final String ENV_SCHEMA_REGISTRY_USER_INFO = "PLANWATCH_SCHEMA_REGISTRY_USER_INFO";

  /** The streams app's name of the same setting; the CLI's own name wins when both are set. */
  static final String ENV_SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO =
      "PLANWATCH_SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO";

  /** {@code PLANWATCH_SCHEMA_REGISTRY_SSL_TRUSTSTORE_LOCATION} → {@code schema.registry.ssl…}. */
  static final String ENV_SCHEMA_REGISTRY_SSL_PREFIX = "PLANWATCH_SCHEMA_REGISTRY_SSL_";

  static final String ENV_TOPIC_PREFIX = "PLANWATCH_TOPIC_PREFIX";
  static final String ENV_KAFKA_PREFIX = "PLANWATCH_KAFKA_";

  static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";
  static final String DEFAULT_SCHEMA_REGISTRY_URL = "http://localhost:8081";

  /** File keys that are the CLI's own, not a client's. */
  private static final String TOPIC_PREFIX_KEY = "topic.prefix";

  private static final String PARTITIONS_KEY = "partitions";
  private static final String REPLICATION_FACTOR_KEY = "replication.factor";

  /** Keys (or prefixes) that belong to the registry client and the Avro serde. */
  private static final List<String> REGISTRY_KEYS =
      List.of(
          "schema.registry.",
          "basic.auth.",
          "auto.register.schemas",
          "use.latest.version",
          "key.subject.name.strategy",
          "value.subject.name.strategy",
          "specific.avro.",
          "http.connect.timeout.ms",
          "http.read.timeout.ms",
          "max.retries",
          "retries.wait.ms",
          "retries.max.wait.ms");

  private Settings() {}

  /** The publisher configuration the options, the environment and the file describe. */
  static PublisherConfig resolve(ConnectionOptions options, Map<String, String> env)
      throws IOException {
    Map<String, Object> kafka = new HashMap<>();
    Map<String, Object> registry = new HashMap<>();
    kafka.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, DEFAULT_BOOTSTRAP_SERVERS);
    registry.put(RegistryClientConfig.SCHEMA_REGISTRY_URL, DEFAULT_SCHEMA_REGISTRY_URL);
    String prefix = Topics.DEFAULT_PREFIX;
    int partitions = 3;
    short replicationFactor = 1;

    if (options.configFile != null) {
      Properties file = new Properties();
      try (Reader reader = Files.newBufferedReader(options.configFile, StandardCharsets.UTF_8)) {
        file.load(reader);
      }
      for (String key : file.stringPropertyNames()) {
        String value = file.getProperty(key).trim();
        switch (key) {
          case TOPIC_PREFIX_KEY -> prefix = value;
          case PARTITIONS_KEY -> partitions = Integer.parseInt(value);
          case REPLICATION_FACTOR_KEY -> replicationFactor = Short.parseShort(value);
          default -> (isRegistryKey(key) ? registry : kafka).put(key, value);
        }
      }
    }

    for (Map.Entry<String, String> entry : env.entrySet()) {
      String name = entry.getKey();
      if (name.startsWith(ENV_KAFKA_PREFIX) && name.length() > ENV_KAFKA_PREFIX.length()) {
        kafka.put(propertyName(name.substring(ENV_KAFKA_PREFIX.length())), entry.getValue());
      } else if (name.startsWith(ENV_SCHEMA_REGISTRY_SSL_PREFIX)
          && name.length() > ENV_SCHEMA_REGISTRY_SSL_PREFIX.length()) {
        registry.put(propertyName(name.substring("PLANWATCH_".length())), entry.getValue());
      }
    }
    putIfSet(kafka, CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, env.get(ENV_BOOTSTRAP_SERVERS));
    putIfSet(registry, RegistryClientConfig.SCHEMA_REGISTRY_URL, env.get(ENV_SCHEMA_REGISTRY_URL));
    userInfo(registry, env.get(ENV_SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO));
    userInfo(registry, env.get(ENV_SCHEMA_REGISTRY_USER_INFO));
    prefix = env.getOrDefault(ENV_TOPIC_PREFIX, prefix);

    putIfSet(kafka, CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers);
    putIfSet(registry, RegistryClientConfig.SCHEMA_REGISTRY_URL, options.schemaRegistryUrl);
    userInfo(registry, options.registryUserInfo);
    prefix = options.topicPrefix != null ? options.topicPrefix : prefix;
    partitions = options.partitions != null ? options.partitions : partitions;
    replicationFactor =
        options.replicationFactor != null ? options.replicationFactor : replicationFactor;
    Duration timeout =
        Duration.ofSeconds(options.timeoutSeconds != null ? options.timeoutSeconds : 30);

    return new PublisherConfig(
        kafka,
        registry,
        Topics.withPrefix(prefix),
        PublisherConfig.DEFAULT_TRANSACTIONAL_ID_PREFIX,
        partitions,
        replicationFactor,
        timeout);
  }

  /** {@code SASL_JAAS_CONFIG} → {@code sasl.jaas.config}. */
  private static String propertyName(String variableTail) {
    return variableTail.toLowerCase(Locale.ROOT).replace('_', '.');
  }

  private static boolean isRegistryKey(String key) {
    return REGISTRY_KEYS.stream().anyMatch(key::startsWith);
  }

  private static void userInfo(Map<String, Object> registry, String userInfo) {
    if (userInfo != null && !userInfo.isBlank()) {
      registry.put(RegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO");
      registry.put(RegistryClientConfig.BASIC_AUTH_USER_INFO, userInfo);
    }
  }

  private static void putIfSet(Map<String, Object> target, String key, String value) {
    if (value != null && !value.isBlank()) {
      target.put(key, value.trim());
    }
  }
}
