/**
 * The shared vocabulary of planwatch: regions, indicators, plan targets and observations, as
 * docs/architecture.md defines them. Plain immutable values; no Kafka, no Avro, no I/O.
 */
package io.planwatch.domain.model;
