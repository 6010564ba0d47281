package io.planwatch.streams.config;

import io.planwatch.streams.topology.TopologyConfig;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every setting of the streams app: its key in a config file, its environment variable and its code
 * default. One list, so the loader, the unknown-key check and the README table agree.
 *
 * <p>Kafka client properties are not listed here: any key under {@link #KAFKA_PREFIX} in a file (or
 * {@code PLANWATCH_KAFKA_*} in the environment) passes through to every Kafka client.
 */
public enum ConfigKey {
  BOOTSTRAP_SERVERS("bootstrap.servers", "localhost:9092", "Kafka bootstrap servers, host:port,…"),
  APPLICATION_ID(
      "application.id", "planwatch-pace", "Kafka Streams application id (consumer group)"),
  TOPIC_PREFIX("topic.prefix", "planwatch.", "prefix of every planwatch topic (may be empty)"),
  SCHEMA_REGISTRY_URL(
      "schema.registry.url", "http://localhost:8081", "Confluent-compatible schema registry URL"),
  SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO(
      "schema.registry.basic.auth.user.info", "", "registry basic auth as user:password (secret)"),
  SCHEMA_REGISTRY_SSL_TRUSTSTORE_LOCATION(
      "schema.registry.ssl.truststore.location",
      "",
      "trust store (PKCS12 or JKS) with the CA of an https registry; empty = the JVM's CAs"),
  SCHEMA_REGISTRY_SSL_TRUSTSTORE_PASSWORD(
      "schema.registry.ssl.truststore.password", "", "password of that trust store (secret)"),
  PROCESSING_GUARANTEE(
      "processing.guarantee", "exactly_once_v2", "exactly_once_v2 or at_least_once"),
  REPLICATION_FACTOR(
      "replication.factor",
      "-1",
      "replication factor of internal topics and of the topics the app creates; -1 = broker"
          + " default"),
  TOPIC_PARTITIONS(
      "topic.partitions",
      "3",
      "partitions of the topics the app creates when absent (its outputs and the dlq)"),
  NUM_STANDBY_REPLICAS("num.standby.replicas", "0", "standby replicas per stateful task"),
  NUM_STREAM_THREADS("num.stream.threads", "1", "stream threads in this instance"),
  STATE_DIR("state.dir", "", "RocksDB state directory; empty = Kafka default"),
  APPLICATION_SERVER(
      "application.server", "", "host:port other instances use for interactive queries"),
  SERIES_PARTITIONS(
      "series.partitions",
      Integer.toString(TopologyConfig.DEFAULT_SERIES_PARTITIONS),
      "partitions of the repartition topics where figures meet targets; fixed per application.id"),
  CLOSE_TIMEOUT_MS(
      "close.timeout.ms", "30000", "bounded shutdown: how long close waits for the streams"),
  RESTORE_STALL_TIMEOUT_MS(
      "restore.stall.timeout.ms",
      "120000",
      "a store restore without progress for this long is reported in /health as stalled"),
  SCORECARD_INTERVAL_MS(
      "scorecard.interval.ms",
      Long.toString(TopologyConfig.DEFAULT_SCORECARD_INTERVAL.toMillis()),
      "how often changed scorecards are recomputed and emitted, in batches (ms)"),
  ROCKSDB_BLOCK_CACHE_MB(
      "rocksdb.block.cache.mb", "128", "off-heap RocksDB memory shared by all stores (MiB)"),
  ROCKSDB_WRITE_BUFFER_MB(
      "rocksdb.write.buffer.mb", "32", "memtable share of that memory (MiB, < block cache)"),
  HTTP_PORT("http.port", "8080", "REST API, health and metrics port; 0 = any free port"),
  HTTP_CORS_ALLOWED_ORIGINS(
      "http.cors.allowed.origins", "", "comma-separated origins allowed by CORS; empty = off"),
  DLQ_ENABLED("dlq.enabled", "true", "send poison pills and data errors to the dlq topic"),
  DLQ_CONTINUE_ON_UNHANDLED_ERRORS(
      "dlq.continue.on.unhandled.errors",
      "false",
      "also dead-letter non-Kafka deserialization failures (e.g. registry down) instead of"
          + " failing");

  /** Keys under this prefix are Kafka client properties, passed through without the prefix. */
  public static final String KAFKA_PREFIX = "kafka.";

  /** Environment variables under this prefix are planwatch settings. */
  public static final String ENV_PREFIX = "PLANWATCH_";

  private static final Map<String, ConfigKey> BY_KEY =
      Arrays.stream(values()).collect(Collectors.toMap(ConfigKey::key, Function.identity()));

  private final String key;
  private final String defaultValue;
  private final String description;

  ConfigKey(final String key, final String defaultValue, final String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  /** The key as written in a config file, e.g. {@code schema.registry.url}. */
  public String key() {
    return key;
  }

  /** The code default, as text; empty means "not set". */
  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  /** The environment variable, e.g. {@code PLANWATCH_SCHEMA_REGISTRY_URL}. */
  public String envName() {
    return envNameOf(key);
  }

  /** Whether the value must be masked when the configuration is logged or shown. */
  public boolean secret() {
    return this == SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO;
  }

  public static Optional<ConfigKey> fromKey(final String key) {
    return Optional.ofNullable(BY_KEY.get(key));
  }

  /** {@code a.b.c} becomes {@code PLANWATCH_A_B_C}. */
  public static String envNameOf(final String key) {
    return ENV_PREFIX + key.replace('.', '_').toUpperCase(Locale.ROOT);
  }

  /** {@code PLANWATCH_A_B_C} becomes {@code a.b.c}; the caller checks the prefix. */
  public static String keyOfEnvName(final String envName) {
    return envName.substring(ENV_PREFIX.length()).replace('_', '.').toLowerCase(Locale.ROOT);
  }
}
