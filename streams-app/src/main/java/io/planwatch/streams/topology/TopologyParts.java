package io.planwatch.streams.topology;

import io.planwatch.streams.metrics.DomainMetrics;
import io.planwatch.topics.TopicSpec;
import io.planwatch.topics.ValueSerdeFactory;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * What the steps of the topology share while it is built: the builder, the configuration, the
 * serdes and the metrics, and the one way to spell a source, a sink, a store or a repartition
 * (every one named, every serde explicit).
 */
final class TopologyParts {
  final StreamsBuilder builder = new StreamsBuilder();
  final TopologyConfig config;
  final ValueSerdeFactory serdes;
  final DomainMetrics metrics;

  TopologyParts(
      final TopologyConfig config, final ValueSerdeFactory serdes, final DomainMetrics metrics) {
    this.config = config;
    this.serdes = serdes;
    this.metrics = metrics;
  }

  <V extends SpecificRecord> Consumed<String, V> consumed(
      final TopicSpec<V> topic, final String name) {
    return Consumed.with(topic.keySerde(), topic.valueSerde(serdes)).withName(name + "-source");
  }

  <V extends SpecificRecord> Produced<String, V> produced(
      final TopicSpec<V> topic, final String name) {
    return Produced.with(topic.keySerde(), topic.valueSerde(serdes)).withName(name + "-sink");
  }

  /** A persistent key-value store of String keys and Avro values, added to the builder. */
  <V extends SpecificRecord> void addStore(final String name, final Class<V> type) {
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(name), Serdes.String(), serdes.valueSerde(type)));
  }

  <V extends SpecificRecord> Materialized<String, V, KeyValueStore<Bytes, byte[]>> materialized(
      final String store, final Class<V> type) {
    return Materialized.<String, V, KeyValueStore<Bytes, byte[]>>as(store)
        .withKeySerde(Serdes.String())
        .withValueSerde(serdes.valueSerde(type));
  }

  /**
   * A named repartition by the first {@code fields} fields of the key, with the configured count:
   * repartitions that meet in one processor use the same prefix and so stay co-partitioned.
   */
  <V> Repartitioned<String, V> byKeyPrefix(
      final String name, final Serde<V> values, final int fields) {
    return Repartitioned.<String, V>as(name)
        .withKeySerde(Serdes.String())
        .withValueSerde(values)
        .withNumberOfPartitions(config.seriesPartitions())
        .withStreamPartitioner(new KeyPrefixPartitioner<>(fields));
  }
}
