package io.planwatch.topics;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * Makes the configured value serde of a topic's Avro class, e.g. the registry-backed specific Avro
 * serde, or an in-memory one in topology tests. The catalogue stays free of registry URLs.
 */
public interface ValueSerdeFactory {
  /** A value serde (not a key serde) for records of {@code type}, configured and ready to use. */
  <V extends SpecificRecord> Serde<V> valueSerde(Class<V> type);
}
