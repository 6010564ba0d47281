package io.planwatch.streams.metrics;

/** Why a record was dead-lettered; a small fixed set so the metric stays low-cardinality. */
public enum DlqReason {
  /** Bytes not in the Confluent wire format, or not valid Avro. */
  MALFORMED,
  /** The writer schema is unknown to the registry or cannot be read with the reader schema. */
  SCHEMA_MISMATCH,
  /** Decoded, but a field breaks the contract (unknown code, impossible period, bad unit). */
  INVALID_VALUE,
  /** Processing threw on this record. */
  PROCESSING_ERROR,
  /** A result could not be serialized. */
  SERIALIZATION_ERROR
}
