package io.planwatch.topics;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a delete-policy topic keeps records: forever, a duration, or the broker's default
 * ({@code log.retention.*}). Compacted topics keep the latest value per key regardless.
 */
public final class Retention {
  private static final Retention BROKER_DEFAULT = new Retention(null);
  private static final Retention FOREVER = new Retention(Duration.ofMillis(-1));

  private final Duration duration;

  private Retention(Duration duration) {
    this.duration = duration;
  }

  /** No {@code retention.ms} on the topic: the broker's default applies. */
  public static Retention brokerDefault() {
    return BROKER_DEFAULT;
  }

  /** {@code retention.ms=-1}: nothing is deleted by age, so the topic can be replayed in full. */
  public static Retention forever() {
    return FOREVER;
  }

  /** Records older than {@code duration} may be deleted. */
  public static Retention of(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("retention must be positive, was " + duration);
    }
    return new Retention(duration);
  }

  /** The value of the topic config {@code retention.ms}, empty for the broker default. */
  public Optional<String> retentionMs() {
    return Optional.ofNullable(duration).map(d -> Long.toString(d.toMillis()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Retention that && Objects.equals(duration, that.duration);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(duration);
  }

  @Override
  public String toString() {
    if (duration == null) {
      return "broker default";
    }
    return duration.isNegative() ? "forever" : duration.toString();
  }
}
