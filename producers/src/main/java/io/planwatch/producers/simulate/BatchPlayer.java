package io.planwatch.producers.simulate;

import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;

/**
 * Hands simulated batches to a sink at a human pace: the first at once, each next one {@code
 * interval} later (a zero interval plays as fast as the sink takes them). The demo uses it to
 * stream one simulated month every few seconds.
 */
public final class BatchPlayer {
  /** Waits; the real one sleeps, tests record the pauses. */
  @FunctionalInterface
  public interface Pause {
    void pause(Duration duration) throws InterruptedException;
  }

  /** Receives one batch: writes it, publishes it, shows it. */
  @FunctionalInterface
  public interface Sink {
    void accept(SimulationBatch batch) throws IOException;
  }

  private final Duration interval;
  private final Pause pause;

  public BatchPlayer(Duration interval, Pause pause) {
    this.interval = Objects.requireNonNull(interval, "interval");
    this.pause = Objects.requireNonNull(pause, "pause");
    if (interval.isNegative()) {
      throw new IllegalArgumentException("interval must not be negative: " + interval);
    }
  }

  /** A player that sleeps {@code interval} between batches. */
  public static BatchPlayer sleeping(Duration interval) {
    return new BatchPlayer(interval, d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000));
  }

  /**
   * Plays every batch into {@code sink}, in order.
   *
   * @return the number of batches played
   * @throws InterruptedException if interrupted while pausing (the batches after it are not played)
   */
  public int play(Iterator<SimulationBatch> batches, Sink sink)
      throws IOException, InterruptedException {
    int played = 0;
    while (batches.hasNext()) {
      SimulationBatch batch = batches.next();
      if (played > 0 && !interval.isZero()) {
        pause.pause(interval);
      }
      sink.accept(batch);
      played++;
    }
    return played;
  }
}
