package io.planwatch.streams.topology;

import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.PaceAlert;
import io.planwatch.avro.PlanTarget;
import io.planwatch.avro.ProjectProgress;
import io.planwatch.avro.RegionScorecard;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.streams.metrics.DomainMetrics;
import io.planwatch.topics.TopicSpec;
import io.planwatch.topics.Topics;
import io.planwatch.topics.ValueSerdeFactory;
import java.time.Duration;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;

/**
 * The planwatch topology, a pure function of its configuration, the value serdes and the metrics it
 * counts into: no environment, no statics, no running instance. Tests call this same function.
 *
 * <p>Sub-topologies: observations validated and repartitioned by series; target changes routed to
 * their series (and, for the plan's project counts, to their region); the series evaluator where
 * figures and targets meet, writing {@code pace.progress} and {@code pace.alerts}; scorecards per
 * parent region; projects per region ({@link ProjectSteps}); plus the global reference stores and
 * the queryable views of the output topics (see {@link PaceStores}).
 */
public final class PaceTopology {
  /** The repartition that brings plan targets to their series' partition. */
  private static final String TARGETS_BY_SERIES = "targets-by-series";

  private final TopologyParts parts;
  private final Topics topics;

  private PaceTopology(final TopologyParts parts) {
    this.parts = parts;
    this.topics = parts.config.topics();
  }

  public static Topology build(
      final TopologyConfig config, final ValueSerdeFactory serdes, final DomainMetrics metrics) {
    return new PaceTopology(new TopologyParts(config, serdes, metrics)).build();
  }

  private Topology build() {
    referenceData();
    final KStream<String, PlanTarget> targetChanges = targetChanges();
    final Map<String, KStream<String, SeriesOutput>> outputs =
        evaluate(observationsBySeries(), targetsBySeries(targetChanges));
    outputs
        .get("series-output-progress")
        .mapValues(v -> ((SeriesOutput.ProgressChanged) v).progress(), Named.as("progress-values"))
        .to(topics.paceProgress().name(), parts.produced(topics.paceProgress(), "progress"));
    outputs
        .get("series-output-alerts")
        .mapValues(v -> ((SeriesOutput.AlertRaised) v).alert(), Named.as("alert-values"))
        .to(topics.paceAlerts().name(), parts.produced(topics.paceAlerts(), "alerts"));
    scorecards(outputs.get("series-output-progress"));
    new ProjectSteps(parts).build(targetChanges);
    queryViews();
    return parts.builder.build();
  }

  /** Regions and indicators are small and read by every step: each instance holds all of them. */
  private void referenceData() {
    globalStore(topics.regions(), PaceStores.REGIONS);
    globalStore(topics.indicators(), PaceStores.INDICATORS);
  }

  private <V extends SpecificRecord> void globalStore(
      final TopicSpec<V> topic, final String store) {
    final Serde<V> values = topic.valueSerde(parts.serdes);
    parts.builder.addGlobalStore(
        Stores.timestampedKeyValueStoreBuilder(
                Stores.persistentTimestampedKeyValueStore(store), Serdes.String(), values)
            .withLoggingDisabled(),
        topic.name(),
        // Why: bytes in, so the loader deserializes itself and dead-letters a poison pill with its
        // context; Kafka's global thread can only skip it (see ReferenceLoader).
        Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName(store + "-source"),
        () -> new ReferenceLoader<>(store, "load-" + store, values.deserializer()));
  }

  private KStream<String, SeriesInput> observationsBySeries() {
    final TopicSpec<StatisticalObservation> topic = topics.observations();
    return parts.builder.stream(topic.name(), parts.consumed(topic, "observations"))
        // Why: check the contract and the reference data before anything is stored; a bad record
        // throws and the processing handler dead-letters its original bytes.
        .processValues(
            () -> new ObservationValidator(parts.metrics), Named.as("validate-observations"))
        // Why: a series' figures and its targets must meet in one task. The key stays
        // indicator|region|period|measure (the revision store's key); only its series prefix
        // chooses the partition, with the same count as the targets' repartition topic.
        .repartition(
            parts.byKeyPrefix(
                "observations-by-series", topic.valueSerde(parts.serdes), SeriesKeys.SERIES_FIELDS))
        .mapValues(
            o -> (SeriesInput) new SeriesInput.ObservationArrived(o),
            Named.as("observation-arrived"));
  }

  /** Target changes keyed {@code indicator|region|targetId}; null when a target leaves a series. */
  private KStream<String, PlanTarget> targetChanges() {
    final TopicSpec<PlanTarget> topic = topics.planTargets();
    parts.addStore(PaceStores.TARGETS_BY_ID, PlanTarget.class);
    return parts.builder.stream(topic.name(), parts.consumed(topic, "targets"))
        // Why: a target that moves or disappears must leave its old series; the router remembers
        // where each target was and sends a tombstone there.
        .process(TargetRouter::new, Named.as("route-targets"), PaceStores.TARGETS_BY_ID);
  }

  /** The topic Kafka Streams names for {@link #TARGETS_BY_SERIES} under {@code applicationId}. */
  public static String targetsBySeriesTopic(final String applicationId) {
    return applicationId + "-" + TARGETS_BY_SERIES + "-repartition";
  }

  private KStream<String, SeriesInput> targetsBySeries(final KStream<String, PlanTarget> changes) {
    return changes
        // Why: co-partitioned with the observations, by series prefix, same partition count.
        .repartition(
            parts.byKeyPrefix(
                TARGETS_BY_SERIES,
                topics.planTargets().valueSerde(parts.serdes),
                SeriesKeys.SERIES_FIELDS))
        .mapValues(
            (key, target) ->
                (SeriesInput) new SeriesInput.TargetChanged(SeriesKeys.suffix(key), target),
            Named.as("target-changed"));
  }

  private Map<String, KStream<String, SeriesOutput>> evaluate(
      final KStream<String, SeriesInput> observations, final KStream<String, SeriesInput> targets) {
    parts.addStore(PaceStores.SERIES_OBSERVATIONS, StatisticalObservation.class);
    parts.addStore(PaceStores.SERIES_TARGETS, PlanTarget.class);
    parts.addStore(PaceStores.SERIES_PROGRESS, IndicatorProgress.class);
    parts.addStore(PaceStores.SERIES_ALERT_STATE, PaceAlert.class);
    return observations
        // Why: one processor sees both figures and target changes of a series, so a new annual
        // plan re-evaluates progress and alerts exactly like a new figure does.
        .merge(targets, Named.as("series-inputs"))
        .process(
            () -> new SeriesEvaluator(parts.metrics),
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
    final TopicSpec<RegionScorecard> topic = topics.scorecards();
    final Serde<ScorecardEntry> entries =
        ScorecardEntrySerde.of(parts.serdes.valueSerde(IndicatorProgress.class).deserializer());
    parts.builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(PaceStores.SCORECARD_INPUTS), Serdes.String(), entries));
    parts.builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(PaceStores.SCORECARD_STATE),
            Serdes.String(),
            Serdes.ByteArray()));
    parts.builder.addStateStore(
        Stores.timestampedKeyValueStoreBuilder(
                Stores.persistentTimestampedKeyValueStore(PaceStores.SCORECARD_PENDING),
                Serdes.String(),
                Serdes.String())
            // Why: a burst re-marks the same groups over and over; the cache turns that into one
            // changelog write per group and commit.
            .withCachingEnabled());
    final Duration interval = parts.config.scorecardInterval();
    progressChanges
        // Why: a region's rank among its siblings needs all siblings in one task, so progress is
        // re-keyed parent|year|region|targetId and partitioned by parent|year.
        .process(ScorecardRouter::new, Named.as("route-progress-to-parent"))
        .repartition(parts.byKeyPrefix("progress-by-parent", entries, 2))
        .process(
            () -> new ScorecardBuilder(interval),
            Named.as("build-scorecards"),
            PaceStores.SCORECARD_INPUTS,
            PaceStores.SCORECARD_STATE,
            PaceStores.SCORECARD_PENDING)
        .to(topic.name(), parts.produced(topic, "scorecards"));
  }

  /**
   * Why: the query layer looks keys up on the instance that owns them, which works only for stores
   * partitioned like their key; views of the output topics are exactly that.
   */
  private void queryViews() {
    view(topics.paceProgress(), PaceStores.PROGRESS, IndicatorProgress.class);
    alertViews();
    view(topics.scorecards(), PaceStores.SCORECARDS, RegionScorecard.class);
    final TopicSpec<ProjectProgress> projects = topics.projectProgress();
    final KStream<String, ProjectProgress> projectProgress =
        parts.builder.stream(projects.name(), parts.consumed(projects, "project-progress-view"));
    // Why: one topic carries two key spaces (project id; region|year); each gets its own view.
    projectProgress
        .filter((key, p) -> p == null || p.getProject() != null, Named.as("project-states-only"))
        .toTable(
            Named.as("project-state-table"),
            parts.materialized(PaceStores.PROJECT_STATE, ProjectProgress.class));
    projectProgress
        .filter(
            (key, p) -> p == null || p.getRegionTotals() != null, Named.as("region-totals-only"))
        .toTable(
            Named.as("project-progress-table"),
            parts.materialized(PaceStores.PROJECT_PROGRESS, ProjectProgress.class));
  }

  /** The last event of each alert, and every event of it (one source: a topic is read once). */
  private void alertViews() {
    final TopicSpec<PaceAlert> alerts = topics.paceAlerts();
    final KStream<String, PaceAlert> events =
        parts.builder.stream(alerts.name(), parts.consumed(alerts, PaceStores.ALERTS + "-view"));
    events.toTable(Named.as("alert-table"), parts.materialized(PaceStores.ALERTS, PaceAlert.class));
    parts.addStore(PaceStores.ALERT_HISTORY, PaceAlert.class);
    events.process(
        AlertHistoryRecorder::new, Named.as("record-alert-history"), PaceStores.ALERT_HISTORY);
  }

  private <V extends SpecificRecord> void view(
      final TopicSpec<V> topic, final String store, final Class<V> type) {
    parts.builder.table(
        topic.name(), parts.consumed(topic, store + "-view"), parts.materialized(store, type));
  }
}
