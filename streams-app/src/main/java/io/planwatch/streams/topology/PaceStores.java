package io.planwatch.streams.topology;

/**
 * Names of the state stores of {@link PaceTopology}, shared with the query layer, and the key
 * formats of the stores it may query.
 *
 * <p>The five <em>queryable</em> stores are views of the output topics ({@code builder.table} over
 * {@code pace.progress}, {@code pace.alerts}, {@code pace.scorecards}, {@code projects.progress}),
 * so each is partitioned exactly like its topic by its String key: {@code
 * KafkaStreams.queryMetadataForKey(store, key, Serdes.String().serializer())} finds the owning
 * instance. All are timestamped key-value stores; query them with {@code
 * QueryableStoreTypes.keyValueStore()} (values) or {@code timestampedKeyValueStore()}.
 *
 * <p>The other stores are the topology's working state, partitioned by whatever key the step needs;
 * they are named so that changelog topics survive topology changes, not for queries.
 */
public final class PaceStores {

  /** {@code targetId|year} → {@code io.planwatch.avro.IndicatorProgress}, the latest evaluation. */
  public static final String PROGRESS = "pace-progress";

  /**
   * {@code targetId|year} → {@code io.planwatch.avro.PaceAlert}: the last event of the alert of
   * that target and year (its {@code transition} says whether it is open: OPENED, ESCALATED,
   * DOWNGRADED; or closed: RESOLVED, RETRACTED). Its {@code alertId} is {@code
   * targetId|year|openedPeriod} (YYYY-MM): one id per lifecycle, a reopened alert gets a new one.
   * Milestone alerts (type MILESTONE_OVERDUE) are keyed {@code projectId|milestoneType}, alert id
   * {@code projectId|milestoneType|plannedDate}. The full history is the {@code pace.alerts} topic.
   */
  public static final String ALERTS = "pace-alerts";

  /**
   * {@code targetId|year|sequence} (or {@code projectId|milestoneType|sequence}) → {@code
   * io.planwatch.avro.PaceAlert}: every event of every alert, in order, the last {@link
   * AlertHistories#MAX_EVENTS_PER_KEY} per alert; partitioned by the alert key like {@code
   * pace.alerts}, so route with the alert key and read with {@link AlertHistories#read}.
   */
  public static final String ALERT_HISTORY = "pace-alert-history";

  /** {@code region|year} → {@code io.planwatch.avro.RegionScorecard}. */
  public static final String SCORECARDS = "pace-scorecards";

  /** {@code projectId} → {@code io.planwatch.avro.ProjectProgress} whose {@code project} is set. */
  public static final String PROJECT_STATE = "project-state";

  /**
   * {@code region|year} → {@code io.planwatch.avro.ProjectProgress} whose {@code regionTotals} is
   * set.
   */
  public static final String PROJECT_PROGRESS = "project-progress";

  /** Global: region code → {@code io.planwatch.avro.Region}. */
  public static final String REGIONS = "reference-regions";

  /** Global: indicator code → {@code io.planwatch.avro.IndicatorDefinition}. */
  public static final String INDICATORS = "reference-indicators";

  /** Working state: target id → the target as last seen, to route changes to its old series. */
  public static final String TARGETS_BY_ID = "plan-targets-by-id";

  /** Working state, by series: {@code indicator|region|period|measure} → latest revision. */
  public static final String SERIES_OBSERVATIONS = "series-observations";

  /** Working state, by series: {@code indicator|region|targetId} → PlanTarget. */
  public static final String SERIES_TARGETS = "series-targets";

  /** Working state, by series: {@code targetId|year} → the last progress emitted. */
  public static final String SERIES_PROGRESS = "series-progress";

  /** Working state, by series: {@code targetId|year} → the alert's last event. */
  public static final String SERIES_ALERT_STATE = "series-alert-state";

  /**
   * Working state, by parent region: {@code parent|year|region|targetId} → what the scorecard needs
   * of the target's progress (a compact {@code ScorecardEntry}).
   */
  public static final String SCORECARD_INPUTS = "scorecard-inputs";

  /**
   * Working state, by parent region: {@code region|year} → the content of the last scorecard
   * emitted (its Avro single-object encoding with {@code evaluatedAt} at 0), to emit only changes.
   */
  public static final String SCORECARD_STATE = "scorecard-state";

  /**
   * Working state, by parent region: {@code parent|year} → a group whose scorecards await their
   * recompute (the regions that lost a target since, comma-separated; the latest input's time).
   */
  public static final String SCORECARD_PENDING = "scorecard-pending-groups";

  /** Working state, by region: {@code region|projectId} → the project's latest update. */
  public static final String PROJECT_UPDATES = "project-updates-by-region";

  /** Working state, by region: {@code region|targetId} → a project-count target of the plan. */
  public static final String PROJECT_PLANS = "project-plans-by-region";

  /** Working state, by region: {@code projectId|milestoneType} → the overdue alert raised. */
  public static final String MILESTONE_ALERTS = "milestone-alerts";

  private PaceStores() {}

  /** The key of {@link #PROGRESS} and {@link #ALERTS}: {@code targetId|year}. */
  public static String targetYearKey(final String targetId, final int year) {
    return targetId + "|" + year;
  }

  /** The key of {@link #SCORECARDS} and {@link #PROJECT_PROGRESS}: {@code region|year}. */
  public static String regionYearKey(final String regionCode, final int year) {
    return regionCode + "|" + year;
  }
}
