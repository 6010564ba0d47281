package io.planwatch.registry.serde;

import java.util.Locale;
import org.apache.avro.Schema;

/**
 * How a subject name is derived for a topic and record, with Confluent's strategies and names.
 * TopicNameStrategy ({@code <topic>-value}, {@code <topic>-key}) is planwatch's contract and the
 * default.
 */
public enum SubjectNameStrategy {
  /** {@code <topic>-key} / {@code <topic>-value}. */
  TOPIC_NAME,
  /** The record's full name, e.g. {@code io.planwatch.avro.PaceAlert}. */
  RECORD_NAME,
  /** {@code <topic>-<record full name>}. */
  TOPIC_RECORD_NAME;

  private static final String CONFLUENT_PACKAGE = "io.confluent.kafka.serializers.subject.";

  /** The subject for a record written to a topic. */
  public String subject(String topic, boolean isKey, Schema schema) {
    return switch (this) {
      case TOPIC_NAME -> topic + (isKey ? "-key" : "-value");
      case RECORD_NAME -> schema.getFullName();
      case TOPIC_RECORD_NAME -> topic + "-" + schema.getFullName();
    };
  }

  /**
   * The strategy for a config value: this enum's names, or Confluent's class names (simple or fully
   * qualified, e.g. {@code io.confluent.kafka.serializers.subject.RecordNameStrategy}).
   */
  public static SubjectNameStrategy forName(String name) {
    String simple = name.trim();
    if (simple.startsWith(CONFLUENT_PACKAGE)) {
      simple = simple.substring(CONFLUENT_PACKAGE.length());
    }
    return switch (simple.toUpperCase(Locale.ROOT)) {
      case "TOPICNAMESTRATEGY", "TOPIC_NAME" -> TOPIC_NAME;
      case "RECORDNAMESTRATEGY", "RECORD_NAME" -> RECORD_NAME;
      case "TOPICRECORDNAMESTRATEGY", "TOPIC_RECORD_NAME" -> TOPIC_RECORD_NAME;
      default ->
          throw new IllegalArgumentException(
              "unknown subject name strategy '"
                  + name
                  + "'; use TopicNameStrategy, RecordNameStrategy or TopicRecordNameStrategy");
    };
  }
}
