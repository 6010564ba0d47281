package io.planwatch.streams.runtime;

import io.planwatch.streams.api.HealthSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns readings of the consumer group's lag into "records behind, and when it will be done": the
 * rate is how fast the committed offsets grew over the last {@code window} (records worked through
 * per second, whatever was published meanwhile), and the estimate is the records behind divided by
 * that rate. Pure: the caller gives the time of each reading.
 *
 * <p>The estimate counts the records behind on the input, repartition and view topics as they
 * stand; the records the app will still write to its repartition topics while it works are not
 * known yet, so while far behind it tends to promise a little early and corrects itself as it goes.
 */
final class BacklogEstimate {
  private final Duration window;
  private final Deque<Sample> samples = new ArrayDeque<>();

  private record Sample(Instant at, long committed) {}

  /**
   * @param window how far back the rate looks; long enough to smooth commit bursts
   */
  BacklogEstimate(final Duration window) {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive, was " + window);
    }
    this.window = window;
  }

  /** Adds a reading taken at {@code at} and returns the backlog it shows. */
  HealthSnapshot.Backlog add(final Instant at, final GroupLag.Reading reading) {
    if (!samples.isEmpty() && reading.committed() < samples.peekLast().committed()) {
      samples.clear(); // offsets went back (a reset): the old readings say nothing about the rate
    }
    samples.addLast(new Sample(at, reading.committed()));
    while (samples.size() > 2 && samples.peekFirst().at().isBefore(at.minus(window))) {
      samples.removeFirst();
    }
    final long behind = reading.total();
    final Optional<Double> rate = rate();
    final Optional<Long> seconds =
        behind == 0
            ? Optional.of(0L)
            : rate.filter(r -> r > 0).map(r -> (long) Math.ceil(behind / r));
    return new HealthSnapshot.Backlog(
        behind, positive(reading.byTopic()), rate, seconds, at.toString());
  }

  /** Records worked through per second over the window; empty before two readings. */
  private Optional<Double> rate() {
    if (samples.size() < 2) {
      return Optional.empty();
    }
    final Sample first = samples.peekFirst();
    final Sample last = samples.peekLast();
    final long millis = Duration.between(first.at(), last.at()).toMillis();
    if (millis <= 0) {
      return Optional.empty();
    }
    return Optional.of((last.committed() - first.committed()) * 1000.0 / millis);
  }

  private static Map<String, Long> positive(final Map<String, Long> byTopic) {
    return byTopic.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
