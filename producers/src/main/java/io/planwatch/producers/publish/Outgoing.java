package io.planwatch.producers.publish;

import io.planwatch.topics.TopicSpec;
import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;

/**
 * One record to publish: a topic of the catalogue, its UTF-8 key and an Avro value of the topic's
 * class, or null for a tombstone (compacted topics: "this key is gone").
 *
 * @param topic the topic, with its value class
 * @param key the key, in the topic's documented format
 * @param value the value, or null for a tombstone
 */
public record Outgoing(TopicSpec<?> topic, String key, SpecificRecord value) {
  public Outgoing {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(key, "key");
    if (value != null && !topic.valueType().isInstance(value)) {
      throw new IllegalArgumentException(
          "topic "
              + topic.name()
              + " takes "
              + topic.valueType().getSimpleName()
              + ", not "
              + value.getClass().getSimpleName());
    }
  }

  /** A record of {@code topic} (type-checked at compile time). */
  public static <V extends SpecificRecord> Outgoing of(TopicSpec<V> topic, String key, V value) {
    return new Outgoing(topic, key, Objects.requireNonNull(value, "value"));
  }

  /** A tombstone: deletes {@code key} from a compacted topic. */
  public static Outgoing tombstone(TopicSpec<?> topic, String key) {
    return new Outgoing(topic, key, null);
  }

  public boolean isTombstone() {
    return value == null;
  }
}
