package io.planwatch.embedded.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Client settings and small chores for tests on a real broker: topic creation, producer and
 * consumer properties, reading a topic until an expected number of records arrived.
 */
public final class KafkaTestClients {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String bootstrapServers;
  private final Map<String, Object> security;

  public KafkaTestClients(String bootstrapServers) {
    this(bootstrapServers, Map.of());
  }

  /**
   * Clients of a secured listener.
   *
   * @param security settings added to every client, e.g. {@link
   *     TestCertificates#kafkaClientSettings(String, String)}
   */
  public KafkaTestClients(String bootstrapServers, Map<String, Object> security) {
    this.bootstrapServers = bootstrapServers;
    this.security = Map.copyOf(security);
  }

  /** A topic name no other test of this JVM uses: {@code base} plus a random suffix. */
  public static String uniqueTopic(String base) {
    return base + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** An admin client; the caller closes it. */
  public Admin admin() {
    Map<String, Object> props = new HashMap<>(security);
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return Admin.create(props);
  }

  /** Creates the topics with {@code partitions} partitions, replication 1, and waits for them. */
  public void createTopics(int partitions, String... topics) {
    List<NewTopic> newTopics = new ArrayList<>();
    for (String topic : topics) {
      newTopics.add(new NewTopic(topic, partitions, (short) 1));
    }
    try (Admin admin = admin()) {
      admin.createTopics(newTopics).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Could not create topics " + List.of(topics), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted creating topics " + List.of(topics), e);
    }
  }

  /**
   * Idempotent producer settings ({@code acks=all}) with String keys and byte[] values. One request
   * in flight: with more, a batch refused while a just-created partition gets its leader can be
   * overtaken by the next one and then never written (KAFKA-15591, fixed in Kafka 4.5), and tests
   * send to topics they have just created.
   */
  public Map<String, Object> producerProps() {
    Map<String, Object> props = new HashMap<>(security);
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) TIMEOUT.toMillis());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return props;
  }

  /**
   * Consumer settings reading from the earliest offset with String keys and byte[] values, in a
   * fresh group.
   */
  public Map<String, Object> consumerProps() {
    Map<String, Object> props = new HashMap<>(security);
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, uniqueTopic("test-group"));
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return props;
  }

  /**
   * Polls {@code consumer}, already subscribed or assigned, until {@code expected} records arrived
   * or 30 s passed, and returns what arrived (possibly fewer, so the caller's assertion says what
   * is missing).
   */
  public static <K, V> List<ConsumerRecord<K, V>> poll(Consumer<K, V> consumer, int expected) {
    List<ConsumerRecord<K, V>> records = new ArrayList<>();
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (records.size() < expected && System.nanoTime() < deadline) {
      consumer.poll(Duration.ofMillis(200)).forEach(records::add);
    }
    return records;
  }
}
