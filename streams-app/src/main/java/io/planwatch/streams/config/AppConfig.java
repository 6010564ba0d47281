package io.planwatch.streams.config;

import io.planwatch.topics.Topics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The whole, validated configuration of the streams app, bound once at start by {@link
 * AppConfigLoader} and passed down; nothing below reads the environment.
 *
 * @param bootstrapServers Kafka bootstrap servers, at least one
 * @param topics the topic catalogue, built from the configured prefix
 * @param kafkaClientProperties pass-through Kafka client properties (security: {@code
 *     security.protocol}, {@code sasl.jaas.config}, {@code ssl.*} …), given to every client
 */
public record AppConfig(
    List<HostAndPort> bootstrapServers,
    String applicationId,
    Topics topics,
    ProcessingConfig processing,
    RegistryConfig registry,
    HttpConfig http,
    RocksDbConfig rocksDb,
    DlqConfig dlq,
    Map<String, String> kafkaClientProperties) {

  /** Settings that have their own typed key; the pass-through must not set them a second time. */
  static final Set<String> TYPED_KAFKA_KEYS =
      Set.of(
          StreamsConfig.BOOTSTRAP_SERVERS_CONFIG,
          StreamsConfig.APPLICATION_ID_CONFIG,
          StreamsConfig.PROCESSING_GUARANTEE_CONFIG,
          StreamsConfig.REPLICATION_FACTOR_CONFIG,
          StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG,
          StreamsConfig.NUM_STREAM_THREADS_CONFIG,
          StreamsConfig.STATE_DIR_CONFIG,
          StreamsConfig.APPLICATION_SERVER_CONFIG);

  public AppConfig {
    bootstrapServers = List.copyOf(bootstrapServers);
    kafkaClientProperties = Map.copyOf(kafkaClientProperties);
  }

  /** Bootstrap servers as Kafka wants them: {@code host:port,host:port}. */
  public String bootstrapServersText() {
    return String.join(",", bootstrapServers.stream().map(HostAndPort::toString).toList());
  }

  /**
   * Properties for a plain Kafka client (admin, producer) of this app: the bootstrap servers and
   * the security pass-through.
   */
  public Map<String, Object> clientProperties() {
    final Map<String, Object> properties = new LinkedHashMap<>(kafkaClientProperties);
    properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServersText());
    return properties;
  }

  /** {@link #toStreamsProperties(Map)} with no extra code defaults. */
  public Properties toStreamsProperties() {
    return toStreamsProperties(Map.of());
  }

  /**
   * The Kafka Streams properties. Order matters: the pass-through properties from the file or
   * environment go in first, then the typed settings, and code defaults last with {@code
   * putIfAbsent}, so whatever an operator configured wins over a default.
   *
   * @param codeDefaults defaults the topology adds, such as {@code
   *     deserialization.exception.handler} pointing at its dead-letter handler
   */
  public Properties toStreamsProperties(final Map<String, ?> codeDefaults) {
    final Properties properties = new Properties();
    properties.putAll(kafkaClientProperties);
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServersText());
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processing.processingGuarantee());
    properties.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, processing.replicationFactor());
    properties.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, processing.numStandbyReplicas());
    properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, processing.numStreamThreads());
    processing
        .stateDir()
        .ifPresent(dir -> properties.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString()));
    processing
        .applicationServer()
        .ifPresent(
            server -> properties.put(StreamsConfig.APPLICATION_SERVER_CONFIG, server.toString()));
    properties.putAll(dlq.toProperties());
    properties.put(BoundedMemoryRocksDBConfig.TOTAL_MEMORY_BYTES, rocksDb.blockCacheBytes());
    properties.put(BoundedMemoryRocksDBConfig.WRITE_BUFFER_BYTES, rocksDb.writeBufferBytes());
    properties.putIfAbsent(
        StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG,
        BoundedMemoryRocksDBConfig.class.getName());
    // Kafka 5.0 turns this on by default; opting in now keeps global-store errors on the same
    // path as the others.
    properties.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    codeDefaults.forEach(properties::putIfAbsent);
    return properties;
  }

  /** Secrets masked; safe to log. */
  @Override
  public String toString() {
    return "AppConfig[bootstrapServers="
        + bootstrapServersText()
        + ", applicationId="
        + applicationId
        + ", topicPrefix="
        + topics.prefix()
        + ", processing="
        + processing
        + ", registry="
        + registry
        + ", http="
        + http
        + ", rocksDb="
        + rocksDb
        + ", dlq="
        + dlq
        + ", kafkaClientProperties="
        + Secrets.masked(kafkaClientProperties)
        + "]";
  }
}
