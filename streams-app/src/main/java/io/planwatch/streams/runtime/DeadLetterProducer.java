package io.planwatch.streams.runtime;

import io.planwatch.streams.config.AppConfig;
import io.planwatch.streams.topology.DeadLetterSink;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.errors.StreamsException;

/**
 * The app's own producer for the dead letters Kafka Streams cannot send (those of the global
 * reference stores): idempotent, {@code acks=all}, with the app's security settings. Created on the
 * first dead letter, so an app without poison pills opens no extra connection. Each send waits for
 * the broker: a dead letter that cannot be written stops the global thread, and with it the app.
 */
final class DeadLetterProducer implements DeadLetterSink, AutoCloseable {
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

  private final Map<String, Object> properties;
  private Producer<byte[], byte[]> producer;
  private boolean closed;

  DeadLetterProducer(final AppConfig config) {
    final Map<String, Object> props = config.clientProperties();
    props.put(ProducerConfig.CLIENT_ID_CONFIG, config.applicationId() + "-dead-letters");
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) SEND_TIMEOUT.toMillis());
    this.properties = Map.copyOf(props);
  }

  @Override
  public void send(final ProducerRecord<byte[], byte[]> record) {
    try {
      producer().send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (final ExecutionException | TimeoutException e) {
      throw new StreamsException("Could not write a dead letter to " + record.topic(), e);
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StreamsException("Interrupted writing a dead letter to " + record.topic(), e);
    }
  }

  private synchronized Producer<byte[], byte[]> producer() {
    if (closed) {
      throw new IllegalStateException("the dead-letter producer is closed");
    }
    if (producer == null) {
      producer =
          new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }
    return producer;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (producer != null) {
      producer.close(SEND_TIMEOUT);
    }
  }
}
