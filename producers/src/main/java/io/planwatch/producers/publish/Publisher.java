package io.planwatch.producers.publish;

import io.planwatch.producers.publish.InfrastructureException.Component;
import io.planwatch.producers.publish.PublishResult.Outcome;
import io.planwatch.registry.client.RegistryUnreachableException;
import io.planwatch.registry.client.SchemaRegistryClient;
import io.planwatch.registry.client.SchemaRegistryClients;
import io.planwatch.registry.serde.SpecificAvroDeserializer;
import io.planwatch.registry.serde.SpecificAvroSerializer;
import io.planwatch.topics.SeriesPartitioner;
import io.planwatch.topics.TopicSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
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

  /** The configuration. */
  public PublisherConfig config() {
    return config;
  }

  /**
   * A store of serialized records for a {@link Batch}: each record added is serialized at once with
   * this publisher's serializer (and schema registry).
   */
  public EncodedRecords encoder() {
    return new EncodedRecords(this::serializeValue);
  }

  /** The full {@code transactional.id} a batch runs under. */
  public String transactionalId(Batch batch) {
    return config.transactionalIdPrefix() + "-" + batch.transactionalId();
  }

  /**
   * Publishes {@code batch} unless the ledger says it was committed before, in which case nothing
   * is sent and the result is {@link Outcome#ALREADY_PUBLISHED}. The check runs after this producer
   * took over the batch's transactional id, so a concurrent or crashed run of the same batch is
   * fenced first.
   */
  public PublishResult publishOnce(Batch batch, PublishListener listener) {
    producerFor(batch); // takes over the batch's transactional id (fences) before the ledger
    if (ledgerContains(batch.id())) {
      metrics.skipped(batch.size());
      LOG.info("batch {} ({}) was published before: nothing sent", batch.id(), batch.description());
      return PublishResult.alreadyPublished(batch);
    }
    return publish(batch, listener);
  }

  /**
   * Publishes every record of {@code batch} and its ledger entry in one transaction. Send failures
   * are counted; any failure aborts the transaction (result {@link Outcome#ABORTED} with the first
   * error), as does an exception thrown by {@code listener}.
   *
   * @throws InfrastructureException if the broker or the registry cannot be reached
   */
  public PublishResult publish(Batch batch, PublishListener listener) {
    KafkaProducer<String, byte[]> current = producerFor(batch);
    long startNanos = System.nanoTime();
    Acks acks =
        new Acks(new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicReference<>());
    AtomicLong failed = acks.failed();
    AtomicReference<String> firstError = acks.firstError();
    EncodedRecords encoded = batch.encoded();
    if (encoded.failed() > 0) {
      // A record could not be serialized when the batch was built: nothing may be sent.
      metrics.failed(encoded.failed());
      failed.addAndGet(encoded.failed());
      LOG.warn("batch {} ({}) not sent: {}", batch.id(), batch.description(), encoded.firstError());
      return finish(batch, Outcome.ABORTED, startNanos, acks, encoded.firstError().orElseThrow());
    }
    try {
      current.beginTransaction();
      long total = batch.size();
      long handed = 0;
      for (Outgoing record : batch.records()) {
        byte[] value = serialize(record, failed, firstError);
        if (value == null && !record.isTombstone()) {
          break;
        }
        send(current, record.topic().name(), record.key(), value, acks);
        listener.onProgress(++handed, total);
      }
      EncodedRecords.Cursor cursor = encoded.cursor();
      while (failed.get() == 0 && cursor.next()) {
        send(current, cursor.topic(), cursor.key(), cursor.value(), acks);
        listener.onProgress(++handed, total);
      }
      if (failed.get() == 0) {
        current.send(ledger.entry(batch, clock.instant()));
        current.flush();
      }
      if (failed.get() > 0) {
        return abort(batch, current, startNanos, acks, firstError.get());
      }
      current.commitTransaction();
    } catch (ProducerFencedException e) {
      closeProducer(Duration.ZERO);
      return finish(
          batch,
          Outcome.ABORTED,
          startNanos,
          acks,
          "another run of the same batch took over transactional id " + transactionalId(batch));
    } catch (TimeoutException e) {
      closeProducer(Duration.ZERO);
      throw kafkaUnreachable(e);
    } catch (AuthenticationException | AuthorizationException e) {
      closeProducer(Duration.ZERO);
      throw new InfrastructureException(
          Component.KAFKA, config.bootstrapServers(), e.getMessage(), e);
    } catch (InfrastructureException e) {
      abortQuietly(current);
      throw e;
    } catch (KafkaException e) {
      return abort(
          batch,
          current,
          startNanos,
          acks,
          firstError.get() != null ? firstError.get() : e.toString());
    } catch (RuntimeException e) {
      // The listener stopped the batch (or a bug): nothing of it may become visible.
      return abort(batch, current, startNanos, acks, "stopped: " + e);
    }
    ledger.committed(batch.id());
    return finish(batch, Outcome.COMMITTED, startNanos, acks, null);
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

  /** Counts of one batch, updated by the producer's callbacks. */
  private record Acks(
      AtomicLong acknowledged,
      AtomicLong failed,
      AtomicLong bytes,
      AtomicReference<String> firstError) {}

  private void send(
      KafkaProducer<String, byte[]> current, String topic, String key, byte[] value, Acks acks) {
    long sendStart = System.nanoTime();
    Callback callback =
        (metadata, exception) -> {
          if (exception == null) {
            int size =
                Math.max(0, metadata.serializedKeySize())
                    + Math.max(0, metadata.serializedValueSize());
            acks.acknowledged().incrementAndGet();
            acks.bytes().addAndGet(size);
            metrics.acknowledged(sendStart, size);
          } else {
            acks.failed().incrementAndGet();
            metrics.failed();
            acks.firstError().compareAndSet(null, topic + " " + key + ": " + exception);
          }
        };
    current.send(new ProducerRecord<>(topic, key, value), callback);
  }

  /** The Avro value of a record in the Confluent wire format, for {@link EncodedRecords}. */
  private byte[] serializeValue(Outgoing record) {
    if (record.isTombstone()) {
      return null;
    }
    try {
      return serializer.serialize(record.topic().name(), record.value());
    } catch (RegistryUnreachableException e) {
      throw registryUnreachable(e);
    }
  }

  private byte[] serialize(Outgoing record, AtomicLong failed, AtomicReference<String> error) {
    try {
      return serializeValue(record);
    } catch (InfrastructureException e) {
      // The registry is unreachable: not this record's fault, the whole publish stops.
      throw e;
    } catch (RuntimeException e) {
      failed.incrementAndGet();
      metrics.failed();
      error.compareAndSet(null, record.topic().name() + " " + record.key() + ": " + e.getMessage());
      return null;
    }
  }

  private boolean ledgerContains(String batchId) {
    try {
      return ledger.contains(batchId, reader);
    } catch (TimeoutException e) {
      throw kafkaUnreachable(e);
    }
  }

  private PublishResult abort(
      Batch batch,
      KafkaProducer<String, byte[]> current,
      long startNanos,
      Acks acks,
      String error) {
    abortQuietly(current);
    LOG.warn("batch {} ({}) aborted: {}", batch.id(), batch.description(), error);
    return finish(batch, Outcome.ABORTED, startNanos, acks, error);
  }

  private void abortQuietly(KafkaProducer<String, byte[]> current) {
    try {
      current.abortTransaction();
    } catch (KafkaException e) {
      // Cannot abort (fenced, fatal or broker gone): closing lets the broker abort it on timeout,
      // or the next run of the same batch abort it on initTransactions.
      LOG.debug("abort failed, closing the producer", e);
      closeProducer(Duration.ZERO);
    }
  }

  private PublishResult finish(
      Batch batch, Outcome outcome, long startNanos, Acks acks, String error) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
    metrics.transaction(outcome, elapsed);
    return new PublishResult(
        batch.id(),
        outcome,
        batch.size(),
        acks.acknowledged().get(),
        acks.failed().get(),
        acks.bytes().get(),
        elapsed,
        error);
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
    } catch (TimeoutException e) {
      created.close(Duration.ZERO);
      throw kafkaUnreachable(e);
    } catch (KafkaException e) {
      created.close(Duration.ZERO);
      throw new InfrastructureException(
          Component.KAFKA, config.bootstrapServers(), "cannot start a transaction: " + e, e);
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
    try (Admin admin = Admin.create(adminProperties())) {
      new io.planwatch.topics.TopicProvisioner(
              admin, config.partitions(), config.replicationFactor(), config.timeout())
          .provision(
              List.of(
                  config.topics().regions(),
                  config.topics().indicators(),
                  config.topics().planTargets(),
                  config.topics().observations(),
                  config.topics().projectUpdates()))
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

  private Map<String, Object> adminProperties() {
    Map<String, Object> props = new HashMap<>(config.kafka());
    props.put("default.api.timeout.ms", (int) config.timeout().toMillis());
    return props;
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

  private void closeProducer(Duration timeout) {
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
