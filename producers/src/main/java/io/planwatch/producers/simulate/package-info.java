/**
 * The simulator: realistic monthly statistics releases and project reports for the demo and for
 * tests, made from the plan catalogue alone. Pure Java and deterministic: the same catalogue and
 * {@link io.planwatch.producers.simulate.SimulationConfig} (seed included) give the same records
 * and the same file bytes; nothing reads the clock or depends on hash iteration order.
 *
 * <ul>
 *   <li>{@link io.planwatch.producers.simulate.Simulator}: the generator; {@code batches()} or a
 *       lazy {@code stream()} of {@link io.planwatch.producers.simulate.SimulationBatch}es, one per
 *       simulated month (January folded into 1-2月), after an optional history batch.
 *   <li>{@link io.planwatch.producers.simulate.SimulationWriter}: {@code YYYY-MM-releases.csv} and
 *       {@code YYYY-MM-projects.csv} in the bureau layout the {@code releases} and {@code projects}
 *       commands read.
 *   <li>{@link io.planwatch.producers.simulate.SimulationPublisher}: one Kafka transaction per
 *       batch through the producers' {@code Publisher}.
 *   <li>{@link io.planwatch.producers.simulate.BatchPlayer}: hands batches to a sink at a chosen
 *       interval (the demo's human pace).
 * </ul>
 *
 * <p>Series follow the paths of the region's targets (so most figures are on track), with seasonal
 * year-to-date profiles per indicator family, YTD growth computed from last year's levels,
 * provisional figures finalised or revised in the next release, configurable {@link
 * io.planwatch.producers.simulate.Shock}s and {@link io.planwatch.producers.simulate.FalseAlarm}s,
 * and a portfolio of named projects (marked （模拟）) whose milestones are sometimes missed.
 */
package io.planwatch.producers.simulate;
