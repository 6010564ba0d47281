package io.planwatch.streams.topology;

import io.planwatch.topics.SeriesPartitioner;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Partitions {@code a|b|c|…} keys by their first {@code fields} fields only, e.g. observations
 * ({@code indicator|region|period|measure}) and target changes ({@code indicator|region|targetId})
 * both by the series {@code indicator|region}. Two repartition topics with this partitioner and the
 * same partition count are co-partitioned while their keys keep the record's full identity (which a
 * tombstone needs).
 */
final class KeyPrefixPartitioner<V> implements StreamPartitioner<String, V> {
  private final int fields;

  KeyPrefixPartitioner(final int fields) {
    if (fields < 1) {
      throw new IllegalArgumentException("fields must be >= 1: " + fields);
    }
    this.fields = fields;
  }

  @Override
  public Optional<Set<Integer>> partitions(
      final String topic, final String key, final V value, final int numPartitions) {
    final byte[] prefix = prefix(key, fields).getBytes(StandardCharsets.UTF_8);
    return Optional.of(Set.of(Utils.toPositive(Utils.murmur2(prefix)) % numPartitions));
  }

  /** The first {@code fields} '|'-separated fields of {@code key} (all of it if it has fewer). */
  static String prefix(final String key, final int fields) {
    return SeriesPartitioner.prefix(key, fields);
  }
}
