package io.planwatch.producers.publish;

import io.planwatch.registry.client.RegistryClientConfig;
import io.planwatch.topics.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Everything a {@link Publisher} needs, bound and validated once.
 *
 * @param kafka settings given to every Kafka client (producer, consumer, admin): {@code
 *     bootstrap.servers}, {@code security.protocol}, {@code sasl.*}, {@code ssl.*}, and any
 *     producer tuning ({@code linger.ms}, {@code compression.type}…) that overrides the publisher's
 *     defaults
 * @param registry the schema registry and serde settings under Confluent's names ({@code
 *     schema.registry.url}, {@code basic.auth.user.info}, {@code auto.register.schemas}…)
 * @param topics the topic catalogue (its prefix names the ledger topic too)
 * @param transactionalIdPrefix prefix of every {@code transactional.id}, e.g. {@code
 *     planwatch-producers}
 * @param partitions partitions of topics the publisher creates
 * @param replicationFactor replication factor of topics the publisher creates
 * @param timeout bound of each blocking call (admin calls, metadata, reading a topic back)
 */
public record PublisherConfig(
    Map<String, Object> kafka,
    Map<String, Object> registry,
    Topics topics,
    String transactionalIdPrefix,
    int partitions,
    short replicationFactor,
    Duration timeout) {

  /** Default prefix of transactional ids. */
  public static final String DEFAULT_TRANSACTIONAL_ID_PREFIX = "planwatch-producers";

  public PublisherConfig {
    kafka = Map.copyOf(kafka);
    registry = Map.copyOf(registry);
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(transactionalIdPrefix, "transactionalIdPrefix");
    Objects.requireNonNull(timeout, "timeout");
    if (!kafka.containsKey(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
      throw new IllegalArgumentException("missing " + CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
    }
    if (!registry.containsKey(RegistryClientConfig.SCHEMA_REGISTRY_URL)) {
      throw new IllegalArgumentException("missing " + RegistryClientConfig.SCHEMA_REGISTRY_URL);
    }
    if (partitions < 1 || replicationFactor < 1) {
      throw new IllegalArgumentException("partitions and replication factor must be >= 1");
    }
  }

  /** Defaults: prefix {@code planwatch.}, 3 partitions, replication 1, 30 s timeout. */
  public static PublisherConfig of(String bootstrapServers, String schemaRegistryUrl) {
    return new PublisherConfig(
        Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
        Map.of(RegistryClientConfig.SCHEMA_REGISTRY_URL, schemaRegistryUrl),
        Topics.defaults(),
        DEFAULT_TRANSACTIONAL_ID_PREFIX,
        3,
        (short) 1,
        Duration.ofSeconds(30));
  }

  /** The same with another topic catalogue. */
  public PublisherConfig withTopics(Topics value) {
    return new PublisherConfig(
        kafka, registry, value, transactionalIdPrefix, partitions, replicationFactor, timeout);
  }

  /** The same with other partitions and replication factor for created topics. */
  public PublisherConfig withPartitions(int value, short replicas) {
    return new PublisherConfig(
        kafka, registry, topics, transactionalIdPrefix, value, replicas, timeout);
  }

  /** The same with another bound for blocking calls. */
  public PublisherConfig withTimeout(Duration value) {
    return new PublisherConfig(
        kafka, registry, topics, transactionalIdPrefix, partitions, replicationFactor, value);
  }

  /**
   * Settings of an admin client: the Kafka settings, each request and each call bounded by the
   * timeout (the admin client refuses a call timeout below its request timeout, 30 s by default).
   */
  public Map<String, Object> adminProperties() {
    Map<String, Object> props = new HashMap<>(kafka);
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    return props;
  }

  /** {@code bootstrap.servers}, for messages. */
  public String bootstrapServers() {
    return kafka.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG).toString();
  }

  /** {@code schema.registry.url}, for messages. */
  public String schemaRegistryUrl() {
    return registry.get(RegistryClientConfig.SCHEMA_REGISTRY_URL).toString();
  }
}
