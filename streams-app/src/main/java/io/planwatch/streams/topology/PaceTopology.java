package io.planwatch.streams.topology;

import io.planwatch.avro.IndicatorDefinition;
import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.PaceAlert;
import io.planwatch.avro.PlanTarget;
import io.planwatch.avro.ProjectProgress;
import io.planwatch.avro.ProjectUpdate;
import io.planwatch.avro.Region;
import io.planwatch.avro.RegionScorecard;
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
    scorecards(outputs.get("series-output-progress"));
    projects();
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
        .repartition(bySeries("observations-by-series", values))
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
        .repartition(bySeries("targets-by-series", values))
        .mapValues(
            (key, target) ->
                (SeriesInput) new SeriesInput.TargetChanged(SeriesKeys.suffix(key), target),
            Named.as("target-changed"));
  }

  /** A repartition by series prefix with the configured count: both sides co-partitioned. */
  private <V> Repartitioned<String, V> bySeries(final String name, final Serde<V> values) {
    return Repartitioned.<String, V>as(name)
        .withKeySerde(Serdes.String())
        .withValueSerde(values)
        .withNumberOfPartitions(config.seriesPartitions())
        .withStreamPartitioner(new KeyPrefixPartitioner<>(SeriesKeys.SERIES_FIELDS));
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

  private void scorecards(final KStream<String, SeriesOutput> progressChanges) {
    final TopicSpec<RegionScorecard> topic = config.topics().scorecards();
    addStore(PaceStores.SCORECARD_INPUTS, IndicatorProgress.class);
    addStore(PaceStores.SCORECARD_STATE, RegionScorecard.class);
    progressChanges
        // Why: a region's rank among its siblings needs all siblings in one task, so progress is
        // re-keyed parent|year|region|targetId and partitioned by parent|year.
        .process(ScorecardRouter::new, Named.as("route-progress-to-parent"))
        .repartition(
            Repartitioned.<String, IndicatorProgress>as("progress-by-parent")
                .withKeySerde(Serdes.String())
                .withValueSerde(serdes.valueSerde(IndicatorProgress.class))
                .withStreamPartitioner(new KeyPrefixPartitioner<>(2)))
        .process(
            ScorecardBuilder::new,
            Named.as("build-scorecards"),
            PaceStores.SCORECARD_INPUTS,
            PaceStores.SCORECARD_STATE)
        .to(topic.name(), produced(topic, "scorecards"));
  }

  private void projects() {
    final TopicSpec<ProjectUpdate> topic = config.topics().projectUpdates();
    addStore(PaceStores.PROJECT_UPDATES, ProjectUpdate.class);
    addStore(PaceStores.MILESTONE_ALERTS, PaceAlert.class);
    final Map<String, KStream<String, SpecificRecord>> outputs =
        builder.stream(topic.name(), consumed(topic, "project-updates"))
            .processValues(ProjectValidator::new, Named.as("validate-project-updates"))
            // Why: a region's totals need all of its projects in one task.
            .selectKey((projectId, update) -> update.getRegionCode(), Named.as("key-by-region"))
            .repartition(
                Repartitioned.<String, ProjectUpdate>as("projects-by-region")
                    .withKeySerde(Serdes.String())
                    .withValueSerde(topic.valueSerde(serdes)))
            .process(
                () -> new ProjectTracker(config.zone(), config.milestoneCheckInterval(), metrics),
                Named.as("track-projects"),
                PaceStores.PROJECT_UPDATES,
                PaceStores.MILESTONE_ALERTS)
            .split(Named.as("project-output-"))
            .branch((key, out) -> out instanceof ProjectProgress, Branched.as("progress"))
            .branch((key, out) -> out instanceof PaceAlert, Branched.as("alerts"))
            .noDefaultBranch();
    outputs
        .get("project-output-progress")
        .mapValues(out -> (ProjectProgress) out, Named.as("project-progress-values"))
        .to(
            config.topics().projectProgress().name(),
            produced(config.topics().projectProgress(), "project-progress"));
    outputs
        .get("project-output-alerts")
        .mapValues(out -> (PaceAlert) out, Named.as("milestone-alert-values"))
        .to(
            config.topics().paceAlerts().name(),
            produced(config.topics().paceAlerts(), "milestone-alerts"));
  }

  /**
   * Why: the query layer looks keys up on the instance that owns them, which works only for stores
   * partitioned like their key; views of the output topics are exactly that.
   */
  private void queryViews() {
    view(config.topics().paceProgress(), PaceStores.PROGRESS);
    view(config.topics().paceAlerts(), PaceStores.ALERTS);
    view(config.topics().scorecards(), PaceStores.SCORECARDS);
    final TopicSpec<ProjectProgress> projects = config.topics().projectProgress();
    final KStream<String, ProjectProgress> projectProgress =
        builder.stream(projects.name(), consumed(projects, "project-progress-view"));
    // Why: one topic carries two key spaces (project id; region|year); each gets its own view.
    projectProgress
        .filter((key, p) -> p == null || p.getProject() != null, Named.as("project-states-only"))
        .toTable(Named.as("project-state-table"), materialized(projects, PaceStores.PROJECT_STATE));
    projectProgress
        .filter(
            (key, p) -> p == null || p.getRegionTotals() != null, Named.as("region-totals-only"))
        .toTable(
            Named.as("project-progress-table"),
            materialized(projects, PaceStores.PROJECT_PROGRESS));
  }

  private <V extends SpecificRecord> void view(final TopicSpec<V> topic, final String store) {
    builder.table(
        topic.name(),
        consumed(topic, store + "-view"),
        Materialized.<String, V, KeyValueStore<Bytes, byte[]>>as(store)
            .withKeySerde(Serdes.String())
            .withValueSerde(topic.valueSerde(serdes)));
  }

  private <V extends SpecificRecord>
      Materialized<String, V, KeyValueStore<Bytes, byte[]>> materialized(
          final TopicSpec<V> topic, final String store) {
    return Materialized.<String, V, KeyValueStore<Bytes, byte[]>>as(store)
        .withKeySerde(Serdes.String())
        .withValueSerde(topic.valueSerde(serdes));
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
