package io.planwatch.streams.topology;

import io.planwatch.avro.IndicatorDefinition;
import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.PaceAlert;
import io.planwatch.avro.PlanTarget;
import io.planwatch.avro.Region;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.streams.metrics.DomainMetrics;
import io.planwatch.topics.TopicSpec;
import io.planwatch.topics.ValueSerdeFactory;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The planwatch topology, a pure function of its configuration, the value serdes and the metrics it
 * counts into: no environment, no statics, no running instance. Tests call this same function.
 *
 * <p>Sub-topologies: (1) observations validated and repartitioned by series; (2) target changes
 * routed to their series and repartitioned; (3) the series evaluator where both meet, writing
 * {@code pace.progress} and {@code pace.alerts}; plus the global reference stores and the queryable
 * views of the output topics (see {@link PaceStores}).
 */
public final class PaceTopology {
  private final TopologyConfig config;
  private final ValueSerdeFactory serdes;
  private final DomainMetrics metrics;
  private final StreamsBuilder builder = new StreamsBuilder();

  private PaceTopology(
      final TopologyConfig config, final ValueSerdeFactory serdes, final DomainMetrics metrics) {
    this.config = config;
    this.serdes = serdes;
    this.metrics = metrics;
  }

  public static Topology build(
      final TopologyConfig config, final ValueSerdeFactory serdes, final DomainMetrics metrics) {
    return new PaceTopology(config, serdes, metrics).build();
  }

  private Topology build() {
    referenceData();
    final KStream<String, SeriesInput> observations = observationsBySeries();
    final KStream<String, SeriesInput> targets = targetsBySeries();
    final Map<String, KStream<String, SeriesOutput>> outputs = evaluate(observations, targets);
    final KStream<String, IndicatorProgress> progress =
        outputs
            .get("series-output-progress")
            .mapValues(
                v -> ((SeriesOutput.ProgressChanged) v).progress(), Named.as("progress-values"));
    progress.to(
        config.topics().paceProgress().name(),
        produced(config.topics().paceProgress(), "progress"));
    outputs
        .get("series-output-alerts")
        .mapValues(v -> ((SeriesOutput.AlertRaised) v).alert(), Named.as("alert-values"))
        .to(config.topics().paceAlerts().name(), produced(config.topics().paceAlerts(), "alerts"));
    queryViews();
    return builder.build();
  }

  /** Regions and indicators are small and read by every step: each instance holds all of them. */
  private void referenceData() {
    globalTable(config.topics().regions(), PaceStores.REGIONS, Region.class);
    globalTable(config.topics().indicators(), PaceStores.INDICATORS, IndicatorDefinition.class);
  }

  private <V extends SpecificRecord> void globalTable(
      final TopicSpec<V> topic, final String store, final Class<V> type) {
    builder.globalTable(
        topic.name(),
        consumed(topic, store),
        Materialized.<String, V, KeyValueStore<Bytes, byte[]>>as(store)
            .withKeySerde(Serdes.String())
            .withValueSerde(serdes.valueSerde(type)));
  }

  private KStream<String, SeriesInput> observationsBySeries() {
    final TopicSpec<StatisticalObservation> topic = config.topics().observations();
    final Serde<StatisticalObservation> values = topic.valueSerde(serdes);
    return builder.stream(topic.name(), consumed(topic, "observations"))
        // Why: check the contract and the reference data before anything is stored; a bad record
        // throws and the processing handler dead-letters its original bytes.
        .processValues(() -> new ObservationValidator(metrics), Named.as("validate-observations"))
        // Why: a series' figures and its targets must meet in one task. The key stays
        // indicator|region|period|measure (the revision store's key); only its series prefix
        // chooses the partition, with the same count as the targets' repartition topic.
        .repartition(
            Repartitioned.<String, StatisticalObservation>as("observations-by-series")
                .withKeySerde(Serdes.String())
                .withValueSerde(values)
                .withNumberOfPartitions(config.seriesPartitions())
                .withStreamPartitioner(new KeyPrefixPartitioner<>(SeriesKeys.SERIES_FIELDS)))
        .mapValues(
            o -> (SeriesInput) new SeriesInput.ObservationArrived(o),
            Named.as("observation-arrived"));
  }

  private KStream<String, SeriesInput> targetsBySeries() {
    final TopicSpec<PlanTarget> topic = config.topics().planTargets();
    final Serde<PlanTarget> values = topic.valueSerde(serdes);
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(PaceStores.TARGETS_BY_ID), Serdes.String(), values));
    return builder.stream(topic.name(), consumed(topic, "targets"))
        // Why: a target that moves or disappears must leave its old series; the router remembers
        // where each target was and sends a tombstone there.
        .process(TargetRouter::new, Named.as("route-targets"), PaceStores.TARGETS_BY_ID)
        // Why: co-partitioned with the observations, by series prefix, same partition count.
        .repartition(
            Repartitioned.<String, PlanTarget>as("targets-by-series")
                .withKeySerde(Serdes.String())
                .withValueSerde(values)
                .withNumberOfPartitions(config.seriesPartitions())
                .withStreamPartitioner(new KeyPrefixPartitioner<>(SeriesKeys.SERIES_FIELDS)))
        .mapValues(
            (key, target) ->
                (SeriesInput) new SeriesInput.TargetChanged(SeriesKeys.suffix(key), target),
            Named.as("target-changed"));
  }

  private Map<String, KStream<String, SeriesOutput>> evaluate(
      final KStream<String, SeriesInput> observations, final KStream<String, SeriesInput> targets) {
    addStore(PaceStores.SERIES_OBSERVATIONS, StatisticalObservation.class);
    addStore(PaceStores.SERIES_TARGETS, PlanTarget.class);
    addStore(PaceStores.SERIES_PROGRESS, IndicatorProgress.class);
    addStore(PaceStores.SERIES_ALERT_STATE, PaceAlert.class);
    return observations
        // Why: one processor sees both figures and target changes of a series, so a new annual
        // plan re-evaluates progress and alerts exactly like a new figure does.
        .merge(targets, Named.as("series-inputs"))
        .process(
            () -> new SeriesEvaluator(metrics),
            Named.as("evaluate-series"),
            PaceStores.SERIES_OBSERVATIONS,
            PaceStores.SERIES_TARGETS,
            PaceStores.SERIES_PROGRESS,
            PaceStores.SERIES_ALERT_STATE)
        .split(Named.as("series-output-"))
        .branch((key, out) -> out instanceof SeriesOutput.ProgressChanged, Branched.as("progress"))
        .branch((key, out) -> out instanceof SeriesOutput.AlertRaised, Branched.as("alerts"))
        .noDefaultBranch();
  }

  /**
   * Why: the query layer looks keys up on the instance that owns them, which works only for stores
   * partitioned like their key; views of the output topics are exactly that.
   */
  private void queryViews() {
    view(config.topics().paceProgress(), PaceStores.PROGRESS);
    view(config.topics().paceAlerts(), PaceStores.ALERTS);
  }

  private <V extends SpecificRecord> void view(final TopicSpec<V> topic, final String store) {
    builder.table(
        topic.name(),
        consumed(topic, store + "-view"),
        Materialized.<String, V, KeyValueStore<Bytes, byte[]>>as(store)
            .withKeySerde(Serdes.String())
            .withValueSerde(topic.valueSerde(serdes)));
  }

  private <V extends SpecificRecord> void addStore(final String name, final Class<V> type) {
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(name), Serdes.String(), serdes.valueSerde(type)));
  }

  private <V extends SpecificRecord> Consumed<String, V> consumed(
      final TopicSpec<V> topic, final String name) {
    return Consumed.with(topic.keySerde(), topic.valueSerde(serdes)).withName(name + "-source");
  }

  private <V extends SpecificRecord> Produced<String, V> produced(
      final TopicSpec<V> topic, final String name) {
    return Produced.with(topic.keySerde(), topic.valueSerde(serdes)).withName(name + "-sink");
  }
}
