package io.planwatch.topics;

import io.planwatch.avro.DeadLetter;
import io.planwatch.avro.IndicatorDefinition;
import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.PaceAlert;
import io.planwatch.avro.PlanTarget;
import io.planwatch.avro.ProjectProgress;
import io.planwatch.avro.ProjectUpdate;
import io.planwatch.avro.Region;
import io.planwatch.avro.RegionScorecard;
import io.planwatch.avro.StatisticalObservation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.avro.specific.SpecificRecord;

/**
 * The catalogue of every planwatch topic (docs/architecture.md, "Topics"), built once from a name
 * prefix and passed to whatever produces, consumes or provisions. Nothing else in the project
 * spells a topic name.
 *
 * <pre>{@code
 * Topics topics = Topics.withPrefix("planwatch.");
 * producer.send(new ProducerRecord<>(topics.observations().name(), key, observation));
 * }</pre>
 */
public final class Topics {
  /** The prefix of the fixed names unless configured otherwise. */
  public static final String DEFAULT_PREFIX = "planwatch.";

  /** The fixed name of the observations topic, after the prefix. */
  public static final String OBSERVATIONS_SUFFIX = "stats.observations";

  /** How long alerts and dead letters stay when nobody compacts them. */
  static final Retention ALERT_RETENTION = Retention.of(Duration.ofDays(400));

  static final Retention DEAD_LETTER_RETENTION = Retention.of(Duration.ofDays(30));

  private static final Pattern LEGAL_PREFIX = Pattern.compile("[a-zA-Z0-9._-]*");
  private static final int MAX_NAME_LENGTH = 249;

  private final String prefix;
  private final TopicSpec<Region> regions;
  private final TopicSpec<IndicatorDefinition> indicators;
  private final TopicSpec<PlanTarget> planTargets;
  private final TopicSpec<StatisticalObservation> observations;
  private final TopicSpec<ProjectUpdate> projectUpdates;
  private final TopicSpec<IndicatorProgress> paceProgress;
  private final TopicSpec<PaceAlert> paceAlerts;
  private final TopicSpec<RegionScorecard> scorecards;
  private final TopicSpec<ProjectProgress> projectProgress;
  private final TopicSpec<DeadLetter> deadLetters;
  private final List<TopicSpec<?>> all;
  private final List<TopicSpec<?>> inputs;
  private final List<TopicSpec<?>> streamsOutputs;

  private Topics(String prefix) {
    this.prefix = prefix;
    regions = compact("reference.regions", Region.class, "region code (GB/T 2260 or zone code)");
    indicators = compact("reference.indicators", IndicatorDefinition.class, "indicator code");
    planTargets = compact("plan.targets", PlanTarget.class, "target id");
    observations =
        spec(
            OBSERVATIONS_SUFFIX,
            StatisticalObservation.class,
            CleanupPolicy.DELETE,
            Retention.forever(),
            "indicator|region|period|measure");
    projectUpdates =
        spec(
            "projects.updates",
            ProjectUpdate.class,
            CleanupPolicy.DELETE,
            Retention.forever(),
            "project id");
    paceProgress = compact("pace.progress", IndicatorProgress.class, "target id|year");
    paceAlerts =
        spec(
            "pace.alerts",
            PaceAlert.class,
            CleanupPolicy.DELETE,
            ALERT_RETENTION,
            "target id|year");
    scorecards = compact("pace.scorecards", RegionScorecard.class, "region|year");
    projectProgress =
        compact("projects.progress", ProjectProgress.class, "region|year, or project id");
    deadLetters =
        spec(
            "dlq",
            DeadLetter.class,
            CleanupPolicy.DELETE,
            DEAD_LETTER_RETENTION,
            "the original record's key");
    all =
        List.of(
            regions,
            indicators,
            planTargets,
            observations,
            projectUpdates,
            paceProgress,
            paceAlerts,
            scorecards,
            projectProgress,
            deadLetters);
    inputs = List.of(regions, indicators, planTargets, observations, projectUpdates);
    streamsOutputs = List.of(paceProgress, paceAlerts, scorecards, projectProgress, deadLetters);
  }

  /** The catalogue with the default prefix {@value #DEFAULT_PREFIX}. */
  public static Topics defaults() {
    return withPrefix(DEFAULT_PREFIX);
  }

  /**
   * The catalogue with every name prefixed by {@code prefix} (may be empty; letters, digits, '.',
   * '_' and '-' only, as Kafka allows).
   */
  public static Topics withPrefix(String prefix) {
    if (prefix == null || !LEGAL_PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "topic prefix may hold only letters, digits, '.', '_' and '-', was '" + prefix + "'");
    }
    return new Topics(prefix);
  }

  public String prefix() {
    return prefix;
  }

  /** {@code reference.regions}: key region code, value Region, compacted. */
  public TopicSpec<Region> regions() {
    return regions;
  }

  /** {@code reference.indicators}: key indicator code, value IndicatorDefinition, compacted. */
  public TopicSpec<IndicatorDefinition> indicators() {
    return indicators;
  }

  /** {@code plan.targets}: key target id, value PlanTarget, compacted. */
  public TopicSpec<PlanTarget> planTargets() {
    return planTargets;
  }

  /** {@code stats.observations}: key indicator|region|period|measure, kept forever. */
  public TopicSpec<StatisticalObservation> observations() {
    return observations;
  }

  /** {@code projects.updates}: key project id, kept forever. */
  public TopicSpec<ProjectUpdate> projectUpdates() {
    return projectUpdates;
  }

  /** {@code pace.progress}: key target id|year, value IndicatorProgress, compacted. */
  public TopicSpec<IndicatorProgress> paceProgress() {
    return paceProgress;
  }

  /** {@code pace.alerts}: key target id|year, value PaceAlert, one event per transition. */
  public TopicSpec<PaceAlert> paceAlerts() {
    return paceAlerts;
  }

  /** {@code pace.scorecards}: key region|year, value RegionScorecard, compacted. */
  public TopicSpec<RegionScorecard> scorecards() {
    return scorecards;
  }

  /** {@code projects.progress}: key region|year or project id, compacted. */
  public TopicSpec<ProjectProgress> projectProgress() {
    return projectProgress;
  }

  /** {@code dlq}: key of the failed record, value DeadLetter with the raw bytes and context. */
  public TopicSpec<DeadLetter> deadLetters() {
    return deadLetters;
  }

  /** Every topic, inputs first, in the order of docs/architecture.md's table. */
  public List<TopicSpec<?>> all() {
    return all;
  }

  /**
   * The topics the producers publish and the streams app reads: reference data, targets, figures
   * and project updates. Whoever publishes creates them; the streams app waits for them.
   */
  public List<TopicSpec<?>> inputs() {
    return inputs;
  }

  /**
   * The topics the streams app writes and owns: progress, alerts, scorecards, project progress and
   * the dead letters. The app creates them when absent.
   */
  public List<TopicSpec<?>> streamsOutputs() {
    return streamsOutputs;
  }

  /** The topic with this full name, if it belongs to the catalogue. */
  public Optional<TopicSpec<?>> byName(String name) {
    return all.stream().filter(spec -> spec.name().equals(name)).findFirst();
  }

  private <V extends SpecificRecord> TopicSpec<V> compact(
      String name, Class<V> valueType, String keyFormat) {
    return spec(name, valueType, CleanupPolicy.COMPACT, Retention.brokerDefault(), keyFormat);
  }

  private <V extends SpecificRecord> TopicSpec<V> spec(
      String name,
      Class<V> valueType,
      CleanupPolicy cleanupPolicy,
      Retention retention,
      String keyFormat) {
    String fullName = prefix + name;
    if (fullName.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "topic name longer than Kafka's " + MAX_NAME_LENGTH + " characters: " + fullName);
    }
    return new TopicSpec<>(fullName, valueType, cleanupPolicy, retention, keyFormat);
  }
}
