package io.planwatch.streams.runtime;

import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the one {@link KafkaStreams} of the app. Every handler is set before {@link #start()}: state
 * listener and restore listener feed {@link StreamsHealth}, the uncaught exception handler shuts
 * the client down and reports through the {@link FatalErrorListener}. {@link #close(Duration)} is
 * bounded and leaves the consumer group so partitions move at once.
 *
 * <p>Local state is never wiped on start; {@link #cleanUpLocalState()} is the explicit operator
 * reset.
 */
public final class StreamsRunner implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);

  private final KafkaStreams streams;
  private final StreamsHealth health;
  private final Duration defaultCloseTimeout;

  /**
   * @param closeTimeout used by {@link #close()}; shorter than the orchestrator's termination grace
   *     period
   */
  public StreamsRunner(
      final Topology topology,
      final Properties properties,
      final StreamsHealth health,
      final FatalErrorListener onFatalError,
      final Duration closeTimeout) {
    this.health = health;
    this.defaultCloseTimeout = closeTimeout;
    final FatalErrorWatch watch = new FatalErrorWatch(health, onFatalError);
    LOG.info("Topology:\n{}", topology.describe());
    this.streams = new KafkaStreams(topology, properties);
    streams.setStateListener(
        (newState, oldState) -> {
          LOG.info("Kafka Streams state {} -> {}", oldState, newState);
          health.onChange(newState, oldState);
          watch.onChange(newState, oldState);
        });
    streams.setUncaughtExceptionHandler(watch);
    streams.setGlobalStateRestoreListener(health);
  }

  public void start() {
    streams.start();
  }

  /** The running instance, for interactive queries and metrics binding. */
  public KafkaStreams streams() {
    return streams;
  }

  public StreamsHealth health() {
    return health;
  }

  /**
   * Deletes this instance's local state directory, so stores are rebuilt from their changelogs. An
   * operator action, only before {@link #start()} or after close; never done implicitly.
   *
   * @throws IllegalStateException if the streams are running
   */
  public void cleanUpLocalState() {
    LOG.warn("Deleting the local state directory of this instance (operator reset)");
    streams.cleanUp();
  }

  /**
   * Closes the streams, leaving the consumer group, waiting at most {@code timeout}.
   *
   * @return whether the streams shut down within the timeout
   */
  public boolean close(final Duration timeout) {
    final boolean closed =
        streams.close(
            CloseOptions.timeout(timeout)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    if (closed) {
      LOG.info("Kafka Streams closed");
    } else {
      LOG.warn("Kafka Streams did not close within {}; state {}", timeout, streams.state());
    }
    return closed;
  }

  @Override
  public void close() {
    close(defaultCloseTimeout);
  }
}
