package io.planwatch.producers.publish;

import io.planwatch.producers.publish.PublishResult.Outcome;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A batch's transaction while it is open: each record handed in is serialized and sent at once,
 * while the rest of the batch is still being produced (a file still being read and validated).
 * {@link #commit} makes every record visible to {@code read_committed} consumers at once; {@link
 * #abort}, a failed record or closing without a commit makes none of them visible.
 *
 * <pre>{@code
 * try (OpenBatch open = publisher.begin(batch, expectedRecords, listener)) {
 *   for (Outgoing record : records) {
 *     open.send(record);
 *   }
 *   return valid ? open.commit() : open.abort("invalid rows");
 * }
 * }</pre>
 *
 * <p>The first failure (a record that cannot be serialized, a send the broker refused, an exception
 * thrown by the listener) stops the batch: later records are ignored and {@link #commit} aborts.
 * Unreachable infrastructure is thrown as {@link InfrastructureException} with the transaction
 * aborted. Made by {@link Publisher#begin}; one thread at a time uses it (a {@link SendStage}'s
 * thread while records are sent, then the caller after {@link SendStage#finish}).
 */
public final class OpenBatch implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OpenBatch.class);

  private final Publisher publisher;
  private final KafkaProducer<String, byte[]> producer;
  private final Batch batch;
  private final PublishListener listener;
  private final long expected;
  private final PublishMetrics metrics;
  private final long startNanos = System.nanoTime();
  private final AtomicLong acknowledged = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicReference<String> firstError = new AtomicReference<>();
  private long handed;
  private boolean ended;
  private boolean counted;

  OpenBatch(
      Publisher publisher,
      KafkaProducer<String, byte[]> producer,
      Batch batch,
      long expected,
      PublishListener listener,
      PublishMetrics metrics) {
    this.publisher = publisher;
    this.producer = producer;
    this.batch = batch;
    this.expected = expected;
    this.listener = listener;
    this.metrics = metrics;
  }

  /** Records handed to the producer so far. */
  long handed() {
    return handed;
  }

  /** Whether records are still being sent: no failure yet, neither committed nor aborted. */
  public boolean sending() {
    return !ended && firstError.get() == null;
  }

  /**
   * Serializes and sends {@code record} in the transaction; does nothing once the batch has stopped
   * (see {@link #sending}).
   *
   * @throws InfrastructureException if the broker or the schema registry cannot be reached; the
   *     transaction is then aborted
   */
  public void send(Outgoing record) {
    if (!sending()) {
      return;
    }
    byte[] value;
    try {
      value = publisher.serializeValue(record);
    } catch (InfrastructureException e) {
      // The registry is unreachable: not this record's fault, the whole publish stops.
      abortQuietly();
      ended = true;
      throw e;
    } catch (RuntimeException e) {
      fail(record.topic().name() + " " + record.key() + ": " + e.getMessage());
      return;
    }
    try {
      send(record.topic().name(), record.key(), value);
    } catch (ProducerFencedException e) {
      fenced();
      return;
    } catch (TimeoutException | AuthenticationException | AuthorizationException e) {
      throw unreachable(e);
    } catch (KafkaException e) {
      stop(e.toString());
      return;
    }
    handed++;
    try {
      listener.onProgress(handed, expected);
    } catch (RuntimeException e) {
      // The listener stopped the batch: nothing of it may become visible.
      stop("stopped: " + e);
    }
  }

  /**
   * Ends the batch: its ledger entry and commit when every record went out, an abort otherwise.
   *
   * @return {@link Outcome#COMMITTED} or {@link Outcome#ABORTED} with the first error
   * @throws InfrastructureException if the broker cannot be reached
   */
  public PublishResult commit() {
    if (ended) {
      return result(firstError.get() == null ? Outcome.COMMITTED : Outcome.ABORTED);
    }
    if (firstError.get() != null) {
      return abort(firstError.get());
    }
    try {
      producer.send(publisher.ledgerEntry(batch, handed));
      producer.flush();
      if (failed.get() > 0) {
        return abort(firstError.get());
      }
      producer.commitTransaction();
    } catch (ProducerFencedException e) {
      return fenced();
    } catch (TimeoutException | AuthenticationException | AuthorizationException e) {
      throw unreachable(e);
    } catch (KafkaException e) {
      return abort(firstError.get() != null ? firstError.get() : e.toString());
    }
    ended = true;
    publisher.committed(batch);
    return result(Outcome.COMMITTED);
  }

  /** Aborts the transaction: nothing sent in it becomes visible. */
  public PublishResult abort(String reason) {
    firstError.compareAndSet(null, reason);
    if (!ended) {
      abortQuietly();
      ended = true;
      LOG.warn("batch {} ({}) aborted: {}", batch.id(), batch.description(), firstError.get());
    }
    return result(Outcome.ABORTED);
  }

  /** Aborts the batch unless it was committed or aborted already. */
  @Override
  public void close() {
    if (!ended) {
      abort("closed before its commit");
    }
  }

  private void send(String topic, String key, byte[] value) {
    long sendStart = System.nanoTime();
    Callback callback =
        (metadata, exception) -> {
          if (exception == null) {
            int size =
                Math.max(0, metadata.serializedKeySize())
                    + Math.max(0, metadata.serializedValueSize());
            acknowledged.incrementAndGet();
            bytes.addAndGet(size);
            metrics.acknowledged(sendStart, size);
          } else {
            fail(topic + " " + key + ": " + exception);
          }
        };
    producer.send(new ProducerRecord<>(topic, key, value), callback);
  }

  /** The broker cannot be reached or refuses us: the batch ends, its producer is closed. */
  private InfrastructureException unreachable(KafkaException e) {
    ended = true;
    publisher.closeProducer(Duration.ZERO);
    return publisher.kafkaFailure(e, e.getMessage());
  }

  /** A record failed (serialization, or the broker refused it): counted, and the batch stops. */
  private void fail(String reason) {
    failed.incrementAndGet();
    metrics.failed();
    stop(reason);
  }

  /** Records the first reason to stop; the transaction is aborted when the batch ends. */
  private void stop(String reason) {
    firstError.compareAndSet(null, reason);
  }

  /** Another run of the same batch took over its transactional id: nothing more is sent. */
  PublishResult fenced() {
    ended = true;
    publisher.closeProducer(Duration.ZERO);
    firstError.set(
        "another run of the same batch took over transactional id "
            + publisher.transactionalId(batch));
    return result(Outcome.ABORTED);
  }

  private void abortQuietly() {
    try {
      producer.abortTransaction();
    } catch (KafkaException e) {
      // Cannot abort (fenced, fatal or broker gone): closing lets the broker abort it on timeout,
      // or the next run of the same batch abort it on initTransactions.
      LOG.debug("abort failed, closing the producer", e);
      publisher.closeProducer(Duration.ZERO);
    }
  }

  private PublishResult result(Outcome outcome) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
    if (!counted) {
      // Once per batch: an abort asked for twice (a rejected row, then the report) is one.
      counted = true;
      metrics.transaction(outcome, elapsed);
    }
    return new PublishResult(
        batch.id(),
        outcome,
        (int) handed,
        acknowledged.get(),
        failed.get(),
        bytes.get(),
        elapsed,
        outcome == Outcome.COMMITTED ? null : firstError.get());
  }
}
