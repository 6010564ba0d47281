package io.planwatch.streams.runtime;

import io.planwatch.streams.config.AppConfig;
import java.time.Duration;
import java.util.Objects;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.TopologyDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a {@link StartupStep} works with: the configuration, the topology it prepares for, the app's
 * admin client, and the not-ready reason shown by {@code /health/ready}.
 */
public final class StartupContext {
  private static final Logger LOG = LoggerFactory.getLogger(StartupContext.class);

  /** The pause between two attempts of a step that waits or retries. */
  static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

  private final AppConfig config;
  private final TopologyDescription topology;
  private final Admin admin;
  private final StreamsHealth health;
  private final Duration retryPause;

  StartupContext(
      final AppConfig config,
      final TopologyDescription topology,
      final Admin admin,
      final StreamsHealth health,
      final Duration retryPause) {
    this.config = config;
    this.topology = topology;
    this.admin = admin;
    this.health = health;
    this.retryPause = retryPause;
  }

  public AppConfig config() {
    return config;
  }

  /** The topology the streams will run. */
  public TopologyDescription topology() {
    return topology;
  }

  /** The app's admin client; the app closes it. */
  public Admin admin() {
    return admin;
  }

  /** Shows {@code reason} as the app's not-ready reason until the next report. */
  public void notReady(final String reason) {
    health.startingUp(Objects.requireNonNull(reason, "reason"));
  }

  /** Waits the retry pause; returns at once with an InterruptedException when the app closes. */
  public void pause() throws InterruptedException {
    Thread.sleep(retryPause.toMillis());
  }

  /** A call of a step that may fail for a while (broker unreachable, topic not there yet…). */
  @FunctionalInterface
  public interface Attempt<T> {
    T call() throws Exception;
  }

  /**
   * Calls {@code attempt} until it succeeds: each failure is logged once per distinct message and
   * shown as the not-ready reason, then retried after the pause.
   *
   * @param what what the attempt does, e.g. "create the app's topics"
   * @throws InterruptedException when the app closes meanwhile
   */
  public <T> T retrying(final String what, final Attempt<T> attempt) throws InterruptedException {
    String lastProblem = null;
    while (true) {
      try {
        return attempt.call();
      } catch (final InterruptedException e) {
        throw e;
      } catch (final Exception e) {
        final String problem = e.getMessage() == null ? e.toString() : e.getMessage();
        if (!problem.equals(lastProblem)) {
          LOG.warn("Could not {} ({}); retrying every {} s", what, problem, seconds());
          lastProblem = problem;
        }
        notReady("could not " + what + ": " + problem + "; retrying");
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException("closed while trying to " + what);
        }
        pause();
      }
    }
  }

  private long seconds() {
    return Math.max(1, retryPause.toSeconds());
  }
}
