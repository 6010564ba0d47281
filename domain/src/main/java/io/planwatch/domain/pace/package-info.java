/**
 * The pace engine (docs/architecture.md, "Pace"): resolves the annual milestone of a plan target,
 * the expected position at the latest month, the deviation, the status and the year-end outlook.
 * Pure functions over immutable records; no Kafka, no I/O, no clock. Every formula is documented
 * where it is implemented and in {@code docs/pace-model.md}. Nothing here throws for finite inputs
 * or returns NaN/Infinity: what cannot be computed comes back with a {@link
 * io.planwatch.domain.pace.Reason}.
 */
package io.planwatch.domain.pace;
