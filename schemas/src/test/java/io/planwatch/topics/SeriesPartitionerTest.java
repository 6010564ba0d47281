package io.planwatch.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

class SeriesPartitionerTest {

  private static final String OBSERVATIONS = "planwatch.stats.observations";

  @Test
  void shouldPutEveryMonthAndMeasureOfASeriesInOnePartition() {
    final Set<Integer> partitions = new HashSet<>();
    for (final String period : List.of("2021-12", "2022-02", "2022-03", "2022-06", "2022-12")) {
      for (final String measure : List.of("YTD_LEVEL", "YTD_GROWTH")) {
        partitions.add(
            SeriesPartitioner.partitionOf(
                OBSERVATIONS, "industrial_value_added|210100|" + period + "|" + measure, 12));
      }
    }

    assertThat(partitions).hasSize(1);
  }

  @Test
  void shouldSpreadDifferentSeriesOverPartitions() {
    final Set<Integer> partitions = new HashSet<>();
    for (int region = 210101; region < 210181; region++) {
      partitions.add(
          SeriesPartitioner.partitionOf(OBSERVATIONS, "gdp|" + region + "|2022-06|YTD_LEVEL", 12));
    }

    assertThat(partitions).hasSizeGreaterThan(6);
  }

  @Test
  void shouldHashOtherTopicsKeysWholeLikeKafkasDefaultPartitioner() {
    final String key = "002.shenyang.industrial_value_added.growth.2022";
    final int expected = Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % 7;

    assertThat(SeriesPartitioner.partitionOf("planwatch.plan.targets", key, 7)).isEqualTo(expected);
  }

  @Test
  void shouldKeepAKeyWithoutSeparatorsWhole() {
    assertThat(SeriesPartitioner.prefix("gdp", SeriesPartitioner.SERIES_FIELDS)).isEqualTo("gdp");
    assertThat(
            SeriesPartitioner.prefix(
                "gdp|210112|2022-06|YTD_LEVEL", SeriesPartitioner.SERIES_FIELDS))
        .isEqualTo("gdp|210112");
  }
}
