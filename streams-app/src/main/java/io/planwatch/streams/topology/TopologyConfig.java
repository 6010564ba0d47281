package io.planwatch.streams.topology;

import io.planwatch.topics.Topics;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What {@link PaceTopology} needs to know, and nothing else.
 *
 * @param topics the topic catalogue (names with their prefix)
 * @param seriesPartitions partitions of the two repartition topics that meet in the series
 *     evaluator; both get this count so they stay co-partitioned whatever their source topics have
 * @param zone the time zone of plan dates and of "today" for milestone deadlines (Asia/Shanghai)
 * @param milestoneCheckInterval how often, in wall-clock time, planned milestone dates are checked
 */
public record TopologyConfig(
    Topics topics, int seriesPartitions, ZoneId zone, Duration milestoneCheckInterval) {

  /** The zone of Chinese plans and statistics. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  public TopologyConfig {
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(milestoneCheckInterval, "milestoneCheckInterval");
    if (seriesPartitions < 1) {
      throw new IllegalArgumentException("seriesPartitions must be >= 1: " + seriesPartitions);
    }
    if (milestoneCheckInterval.isNegative() || milestoneCheckInterval.isZero()) {
      throw new IllegalArgumentException(
          "milestoneCheckInterval must be positive: " + milestoneCheckInterval);
    }
  }

  /** This configuration with {@code partitions} series partitions. */
  public TopologyConfig withSeriesPartitions(final int partitions) {
    return new TopologyConfig(topics, partitions, zone, milestoneCheckInterval);
  }

  /** Defaults for {@code topics}: 6 series partitions, Asia/Shanghai, a check every 10 minutes. */
  public static TopologyConfig defaults(final Topics topics) {
    return new TopologyConfig(topics, 6, CHINA, Duration.ofMinutes(10));
  }
}
