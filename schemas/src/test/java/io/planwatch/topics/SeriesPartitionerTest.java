package io.planwatch.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
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

  @Property(tries = 500)
  void shouldPartitionKeyBytesAsItPartitionsTheKey(
      @ForAll String indicator,
      @ForAll String region,
      @ForAll String rest,
      @ForAll @IntRange(min = 0, max = 3) int separators,
      @ForAll boolean observations,
      @ForAll @IntRange(min = 2, max = 24) int partitions) {
    // Any text, Chinese and other multi-byte characters included, with 0 to 3 separators.
    final String key =
        switch (separators) {
          case 0 -> indicator;
          case 1 -> indicator + "|" + region;
          case 2 -> indicator + "|" + region + "|" + rest;
          default -> indicator + "|" + region + "|" + rest + "|YTD_LEVEL";
        };
    final String topic = observations ? OBSERVATIONS : "planwatch.plan.targets";
    final byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
    // Lone surrogates do not survive UTF-8; the producer's StringSerializer never sends them.
    final String sent = new String(keyBytes, StandardCharsets.UTF_8);

    assertThat(
            new SeriesPartitioner()
                .partition(topic, key, keyBytes, null, null, cluster(topic, partitions)))
        .isEqualTo(SeriesPartitioner.partitionOf(topic, sent, partitions));
  }

  @Test
  void shouldHashTheSeriesOfAChineseKeyFromItsBytes() {
    final String key = "工业增加值|辽宁省|2022年1-6月|YTD_LEVEL";
    final byte[] series = "工业增加值|辽宁省".getBytes(StandardCharsets.UTF_8);
    final int expected = Utils.toPositive(Utils.murmur2(series)) % 12;

    assertThat(
            new SeriesPartitioner()
                .partition(
                    OBSERVATIONS,
                    key,
                    key.getBytes(StandardCharsets.UTF_8),
                    null,
                    null,
                    cluster(OBSERVATIONS, 12)))
        .isEqualTo(expected);
  }

  private static Cluster cluster(String topic, int partitions) {
    final Node node = new Node(1, "localhost", 9092);
    final List<PartitionInfo> infos =
        IntStream.range(0, partitions)
            .mapToObj(p -> new PartitionInfo(topic, p, node, new Node[] {node}, new Node[] {node}))
            .toList();
    return new Cluster("test", List.of(node), infos, Set.of(), Set.of());
  }
}
