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
 * @param scorecardInterval how often, in wall-clock time, the scorecards of parent regions whose
 *     children's progress changed are recomputed and emitted (a batch: one recompute per parent)
 */
public record TopologyConfig(
    Topics topics,
    int seriesPartitions,
    ZoneId zone,
    Duration milestoneCheckInterval,
    Duration scorecardInterval) {

  /** The default {@link #seriesPartitions}. */
  public static final int DEFAULT_SERIES_PARTITIONS = 6;

  /** The default {@link #scorecardInterval}: scorecards lag progress by at most about a second. */
  public static final Duration DEFAULT_SCORECARD_INTERVAL = Duration.ofSeconds(1);

  /** The zone of Chinese plans and statistics. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  public TopologyConfig {
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(milestoneCheckInterval, "milestoneCheckInterval");
    Objects.requireNonNull(scorecardInterval, "scorecardInterval");
    if (seriesPartitions < 1) {
      throw new IllegalArgumentException("seriesPartitions must be >= 1: " + seriesPartitions);
    }
    if (milestoneCheckInterval.isNegative() || milestoneCheckInterval.isZero()) {
      throw new IllegalArgumentException(
          "milestoneCheckInterval must be positive: " + milestoneCheckInterval);
    }
    if (scorecardInterval.toMillis() < 1) {
      throw new IllegalArgumentException(
          "scorecardInterval must be at least 1 ms: " + scorecardInterval);
    }
  }

  /** This configuration with {@code partitions} series partitions. */
  public TopologyConfig withSeriesPartitions(final int partitions) {
    return new TopologyConfig(topics, partitions, zone, milestoneCheckInterval, scorecardInterval);
  }

  /**
   * Defaults for {@code topics}: 6 series partitions, Asia/Shanghai, a milestone check every 10
   * minutes, scorecards every second.
   */
  public static TopologyConfig defaults(final Topics topics) {
    return new TopologyConfig(
        topics,
        DEFAULT_SERIES_PARTITIONS,
        CHINA,
        Duration.ofMinutes(10),
        DEFAULT_SCORECARD_INTERVAL);
  }

  /** This configuration with another {@link #scorecardInterval}. */
  public TopologyConfig withScorecardInterval(final Duration interval) {
    return new TopologyConfig(topics, seriesPartitions, zone, milestoneCheckInterval, interval);
  }
}
