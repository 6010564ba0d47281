package io.planwatch.streams.runtime;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fatal tier of error handling: an exception no handler caught shuts the whole client down (no
 * thread replacement: the same record would fail again), and once the streams reach ERROR the
 * {@link FatalErrorListener} hears about it, on its own thread so that it may block or exit the
 * process without holding up a stream thread.
 */
final class FatalErrorWatch implements StreamsUncaughtExceptionHandler, KafkaStreams.StateListener {

  private static final Logger LOG = LoggerFactory.getLogger(FatalErrorWatch.class);

  private final StreamsHealth health;
  private final FatalErrorListener listener;
  private final AtomicReference<Throwable> cause = new AtomicReference<>();
  private final AtomicBoolean notified = new AtomicBoolean();

  FatalErrorWatch(final StreamsHealth health, final FatalErrorListener listener) {
    this.health = health;
    this.listener = listener;
  }

  @Override
  public StreamThreadExceptionResponse handle(final Throwable exception) {
    LOG.error("Uncaught exception in a stream thread; shutting the client down", exception);
    cause.compareAndSet(null, exception);
    health.fatalError(exception);
    return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
  }

  @Override
  public void onChange(final KafkaStreams.State newState, final KafkaStreams.State oldState) {
    if (newState == KafkaStreams.State.ERROR && notified.compareAndSet(false, true)) {
      final Throwable error =
          cause.get() != null
              ? cause.get()
              : new StreamsException("Kafka Streams went from " + oldState + " to ERROR");
      health.fatalError(error);
      final Thread notifier =
          new Thread(() -> listener.onFatalError(error), "planwatch-fatal-error");
      notifier.setDaemon(true);
      notifier.start();
    }
  }
}
