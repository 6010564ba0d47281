package io.planwatch.streams.runtime;

/**
 * One step of the app's start-up phase: what must hold before Kafka Streams starts (its own topics
 * exist, its input topics exist…). {@link StreamsApp#start()} opens the HTTP port, then runs the
 * steps in order on the start-up thread and starts the streams after the last one; meanwhile {@code
 * /health/live} answers 200 and {@code /health/ready} 503 with the reason the running step gives.
 * Steps are added with {@link StreamsApp.Builder#startupStep(StartupStep)}, after the app's own
 * ({@link OwnTopicsStep}, {@link InputTopicsStep}).
 *
 * <p>A step waits for what it needs rather than failing: a missing topic or an unreachable broker
 * is a reason to report and retry ({@link StartupContext#retrying}), never to exit. It must return
 * promptly when interrupted: {@link StreamsApp#close()} interrupts the start-up thread.
 */
public interface StartupStep {

  /** What the step does, for the log and the not-ready reason, e.g. "create the app's topics". */
  String description();

  /**
   * Runs the step to its end.
   *
   * @throws InterruptedException when the app is closed meanwhile
   * @throws RuntimeException a failure no retry can mend: the app stops with exit code 1
   */
  void run(StartupContext context) throws InterruptedException;
}
