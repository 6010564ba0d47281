/**
 * The planwatch Kafka Streams topology ({@link io.planwatch.streams.topology.PaceTopology#build}).
 *
 * <h2>Data flow</h2>
 *
 * <pre>
 * reference.regions ─────▶ global store reference-regions     (every instance, all of it)
 * reference.indicators ──▶ global store reference-indicators
 *
 * stats.observations ─▶ validate-observations ─▶ [observations-by-series] ──┐
 *     (key indicator|region|period|measure; partitioned by indicator|region)   │ merge
 * plan.targets ─▶ route-targets (plan-targets-by-id) ─▶ [targets-by-series] ───┤
 *     (key indicator|region|targetId; tombstone when a target leaves a series) ▼
 *                    evaluate-series (series-observations, series-targets,
 *                                     series-progress, series-alert-state)
 *                      ├─▶ pace.progress   (key targetId|year, only on change)
 *                      ├─▶ pace.alerts     (key targetId|year, one per transition)
 *                      └─▶ route-progress-to-parent ─▶ [progress-by-parent]
 *                            ─▶ build-scorecards (scorecard-inputs, scorecard-state)
 *                            ─▶ pace.scorecards (key region|year)
 *
 * projects.updates ─▶ validate-project-updates ─▶ key-by-region ─▶ [projects-by-region] ──┐
 * route-targets ─▶ project-counts ─▶ plan-by-region ─▶ [project-plans-by-region] ──────────┤
 *                  track-projects (project-updates-by-region, project-plans-by-region,  ◀──┘
 *                                  milestone-alerts; wall-clock punctuator)
 *                      ├─▶ projects.progress (key projectId, or region|year)
 *                      └─▶ pace.alerts       (MILESTONE_OVERDUE, key projectId|milestoneType)
 *
 * views for queries: pace.progress, pace.alerts, pace.scorecards ─▶ tables pace-progress,
 * pace-alerts, pace-scorecards; projects.progress ─▶ tables project-state, project-progress.
 * </pre>
 *
 * [name] is a named repartition topic ({@code <application.id>-name-repartition}). The two
 * repartitions that meet in {@code evaluate-series} (and the two that meet in {@code
 * track-projects}) share a key-prefix partitioner and the configured partition count, so they stay
 * co-partitioned while keys keep the record's identity (which tombstones need).
 *
 * <h2>Errors</h2>
 *
 * Unreadable records ({@link io.planwatch.streams.topology.DlqDeserializationHandler}) and records
 * that break the contract ({@link io.planwatch.streams.topology.InvalidRecordException} through
 * {@link io.planwatch.streams.topology.DlqProcessingHandler}) go to the {@code dlq} topic as DESIGN
 * fixes it: the original key and value bytes, the context in {@code planwatch.dlq.*} headers
 * ({@link io.planwatch.streams.topology.DeadLetterHeaders}). An unreachable schema registry fails
 * the app instead.
 */
package io.planwatch.streams.topology;
