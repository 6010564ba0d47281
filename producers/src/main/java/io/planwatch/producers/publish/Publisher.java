package io.planwatch.producers.publish;

import io.planwatch.producers.publish.InfrastructureException.Component;
import io.planwatch.registry.client.RegistryUnreachableException;
import io.planwatch.registry.client.SchemaRegistryClient;
import io.planwatch.registry.client.SchemaRegistryClients;
import io.planwatch.registry.serde.AvroSerdeConfig;
import io.planwatch.registry.serde.SpecificAvroDeserializer;
import io.planwatch.registry.serde.SpecificAvroSerializer;
import io.planwatch.topics.SeriesPartitioner;
import io.planwatch.topics.TopicSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes batches of Avro records to the planwatch topics, one Kafka transaction per batch: a
 * {@code read_committed} consumer (the streams app) sees all of a batch or nothing of it.
 *
 * <pre>{@code
 * try (Publisher publisher = Publisher.open(PublisherConfig.of("localhost:9092",
 *     "http://localhost:8081"), new PublishMetrics(new SimpleMeterRegistry()))) {
 *   Batch batch = new Batch("simulate|2022-06", "simulate", "simulated June", records);
 *   PublishResult result = publisher.publish(batch, PublishListener.NONE);
 * }
 * }</pre>
 *
 * <p>The producer is idempotent with {@code acks=all}; keys are UTF-8 strings, values written by
 * the project's {@link SpecificAvroSerializer} (Confluent wire format, TopicNameStrategy). Each
 * batch runs under {@code transactional.id = <prefix>-<batch.transactionalId()>}: a crashed run's
 * open transaction is aborted when the same batch runs again. {@link #publishOnce} consults the
 * publish ledger (a compacted topic written in the same transaction) and sends nothing for a batch
 * that was committed before. Not thread-safe: one thread publishes.
 */
public final class Publisher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);

  private final PublisherConfig config;
  private final PublishMetrics metrics;
  private final SchemaRegistryClient registryClient;
  private final SpecificAvroSerializer<SpecificRecord> serializer;
  private final TopicReader reader;
  private final PublishLedger ledger;
  private final Clock clock;
  private KafkaProducer<String, byte[]> producer;
  private String producerTransactionalId;

  private Publisher(PublisherConfig config, PublishMetrics metrics, Clock clock) {
    this.config = config;
    this.metrics = metrics;
    this.clock = clock;
    this.registryClient = SchemaRegistryClients.create(config.registry());
    this.serializer = new SpecificAvroSerializer<>(registryClient);
    serializer.configure(config.registry(), false);
    this.reader = new TopicReader(config.kafka(), config.timeout());
    this.ledger = new PublishLedger(config.topics());
  }

  /**
   * A publisher whose input topics (regions, indicators, targets, observations, project updates)
   * and ledger topic exist: created with the catalogue's cleanup policy if absent.
   *
   * @throws InfrastructureException if the broker does not answer within the timeout
   */
  public static Publisher open(PublisherConfig config, PublishMetrics metrics) {
    Publisher publisher = new Publisher(config, metrics, Clock.systemUTC());
    publisher.provision();
    return publisher;
  }

  /**
   * Registers the value contract of each topic: its Avro schema under the subject the configured
   * strategy gives (TopicNameStrategy by default, {@code <topic>-value}). Then a producer that does
   * not register schemas itself ({@code auto.register.schemas=false}, {@code
   * use.latest.version=true}) can publish to these topics before any planwatch producer has.
   * Registering a schema that is already there changes nothing. Skipped (returns an empty map) when
   * this publisher's own configuration says {@code auto.register.schemas=false}: schemas are then
   * managed elsewhere.
   *
   * @return the schema id per subject
   * @throws InfrastructureException if the registry does not answer
   */
  public Map<String, Integer> registerContracts(List<? extends TopicSpec<?>> topics) {
    AvroSerdeConfig serde = AvroSerdeConfig.from(config.registry());
    Map<String, Integer> ids = new LinkedHashMap<>();
    if (!serde.autoRegisterSchemas()) {
      return ids;
    }
    try {
      for (TopicSpec<?> topic : topics) {
        Schema schema = SpecificData.get().getSchema(topic.valueType());
        String subject = serde.valueSubjectStrategy().subject(topic.name(), false, schema);
        ids.put(subject, registryClient.register(subject, schema));
      }
    } catch (RegistryUnreachableException e) {
      throw registryUnreachable(e);
    }
    return ids;
  }

  /** The configuration. */
  public PublisherConfig config() {
    return config;
  }

  /** The full {@code transactional.id} a batch runs under. */
  public String transactionalId(Batch batch) {
    return config.transactionalIdPrefix() + "-" + batch.transactionalId();
  }

  /**
   * Publishes {@code batch} unless the ledger says it was committed before, in which case nothing
   * is sent and the result is {@link PublishResult.Outcome#ALREADY_PUBLISHED}. The check runs after
   * this producer took over the batch's transactional id, so a concurrent or crashed run of the
   * same batch is fenced first.
   */
  public PublishResult publishOnce(Batch batch, PublishListener listener) {
    if (publishedBefore(batch)) {
      metrics.skipped(batch.size());
      return PublishResult.alreadyPublished(batch);
    }
    return publish(batch, listener);
  }

  /**
   * Whether the ledger says {@code batch} was committed before (then nothing of it should be sent
   * again). Takes over the batch's transactional id first, so a concurrent or crashed run of the
   * same batch is fenced before the ledger is read.
   */
  public boolean publishedBefore(Batch batch) {
    producerFor(batch); // takes over the batch's transactional id (fences) before the ledger
    if (ledgerContains(batch.id())) {
      LOG.info("batch {} ({}) was published before: nothing sent", batch.id(), batch.description());
      return true;
    }
    return false;
  }

  /**
   * Publishes every record of {@code batch} and its ledger entry in one transaction. Send failures
   * are counted; any failure aborts the transaction (result {@link PublishResult.Outcome#ABORTED}
   * with the first error), as does an exception thrown by {@code listener}.
   *
   * @throws InfrastructureException if the broker or the registry cannot be reached
   */
  public PublishResult publish(Batch batch, PublishListener listener) {
    try (OpenBatch open = begin(batch, batch.size(), listener)) {
      return open.commit();
    }
  }

  /**
   * Begins {@code batch}'s transaction and sends its records; more records follow through the
   * returned {@link OpenBatch} as they are produced (a file still being read), until it commits or
   * aborts.
   *
   * @param expected how many records the batch will probably have in all, for {@code listener}'s
   *     progress (0 when unknown)
   * @throws InfrastructureException if the broker or the registry cannot be reached
   */
  public OpenBatch begin(Batch batch, long expected, PublishListener listener) {
    KafkaProducer<String, byte[]> current = producerFor(batch);
    OpenBatch open = new OpenBatch(this, current, batch, expected, listener, metrics);
    try {
      current.beginTransaction();
    } catch (ProducerFencedException e) {
      open.fenced();
      return open;
    } catch (KafkaException e) {
      closeProducer(Duration.ZERO);
      throw kafkaFailure(e, "cannot begin a transaction: " + e);
    }
    for (Outgoing record : batch.records()) {
      open.send(record);
    }
    return open;
  }

  /**
   * The latest value per key of a compacted topic, as a {@code read_committed} consumer sees it.
   */
  <V extends SpecificRecord> Map<String, V> latest(TopicSpec<V> topic) {
    SpecificAvroDeserializer<V> values =
        new SpecificAvroDeserializer<>(registryClient, topic.valueType());
    values.configure(config.registry(), false);
    try {
      return reader.latest(topic.name(), values);
    } catch (TimeoutException e) {
      throw kafkaUnreachable(e);
    } catch (RegistryUnreachableException e) {
      throw registryUnreachable(e);
    }
  }

  /**
   * Closes the producer, waiting up to the timeout: a transaction still open (a run stopped by
   * Ctrl-C) is aborted by the client on the way out, so read_committed consumers move on at once.
   */
  @Override
  public synchronized void close() {
    closeProducer(config.timeout());
  }

  /** The Avro value of a record in the Confluent wire format (null for a tombstone). */
  byte[] serializeValue(Outgoing record) {
    if (record.isTombstone()) {
      return null;
    }
    try {
      return serializer.serialize(record.topic().name(), record.value());
    } catch (RegistryUnreachableException e) {
      throw registryUnreachable(e);
    }
  }

  private boolean ledgerContains(String batchId) {
    try {
      return ledger.contains(batchId, reader);
    } catch (TimeoutException e) {
      throw kafkaUnreachable(e);
    }
  }

  /** The ledger entry to send in {@code batch}'s transaction. */
  ProducerRecord<String, byte[]> ledgerEntry(Batch batch, long records) {
    return ledger.entry(batch, records, clock.instant());
  }

  /** Remembers that {@code batch} was committed, for {@link #publishedBefore}. */
  void committed(Batch batch) {
    ledger.committed(batch.id());
  }

  private KafkaProducer<String, byte[]> producerFor(Batch batch) {
    String transactionalId = transactionalId(batch);
    if (producer != null && transactionalId.equals(producerTransactionalId)) {
      return producer;
    }
    closeProducer(config.timeout());
    Map<String, Object> props = producerProperties(transactionalId);
    KafkaProducer<String, byte[]> created =
        new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    try {
      created.initTransactions();
    } catch (KafkaException e) {
      created.close(Duration.ZERO);
      throw kafkaFailure(e, "cannot start a transaction: " + e);
    }
    producer = created;
    producerTransactionalId = transactionalId;
    return created;
  }

  /** Code defaults, then the user's settings, then what publishing correctly requires. */
  Map<String, Object> producerProperties(String transactionalId) {
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.LINGER_MS_CONFIG, 10);
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    // A large release (a year of national data) must fit into one transaction, yet a run killed
    // without closing leaves its transaction open, holding back read_committed consumers, until
    // this timeout (or until the same file runs again): five minutes balances the two.
    props.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 300_000);
    props.putAll(config.kafka());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    // One series per partition: the months of a series reach the streams app in order.
    props.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, SeriesPartitioner.class.getName());
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, transactionalId);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) config.timeout().toMillis());
    return props;
  }

  private void provision() {
    try (Admin admin = Admin.create(config.adminProperties())) {
      new io.planwatch.topics.TopicProvisioner(
              admin, config.partitions(), config.replicationFactor(), config.timeout())
          .provision(config.topics().inputs())
          .requireConsistent();
      createLedgerTopic(admin);
    } catch (IllegalStateException e) {
      throw new InfrastructureException(
          Component.KAFKA, config.bootstrapServers(), e.getMessage(), e);
    }
  }

  private void createLedgerTopic(Admin admin) {
    try {
      admin
          .createTopics(List.of(ledger.newTopic(config.replicationFactor())))
          .all()
          .get(config.timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
        throw new IllegalStateException("cannot create " + ledger.topic() + ": " + e.getCause(), e);
      }
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("no answer within " + config.timeout(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * A Kafka failure that stops publishing: a broker that does not answer in time is named as
   * unreachable; any other failure (refused, unauthorized) is reported as {@code detail}.
   */
  InfrastructureException kafkaFailure(KafkaException e, String detail) {
    return e instanceof TimeoutException timeout
        ? kafkaUnreachable(timeout)
        : new InfrastructureException(Component.KAFKA, config.bootstrapServers(), detail, e);
  }

  private InfrastructureException kafkaUnreachable(TimeoutException e) {
    return new InfrastructureException(
        Component.KAFKA,
        config.bootstrapServers(),
        "no answer within " + config.timeout() + " (" + e.getMessage() + ")",
        e);
  }

  private InfrastructureException registryUnreachable(RegistryUnreachableException e) {
    return new InfrastructureException(
        Component.SCHEMA_REGISTRY, config.schemaRegistryUrl(), e.getMessage(), e);
  }

  void closeProducer(Duration timeout) {
    if (producer != null) {
      try {
        producer.close(timeout);
      } finally {
        producer = null;
        producerTransactionalId = null;
      }
    }
  }
}
