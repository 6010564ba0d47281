package io.planwatch.streams.config;

/**
 * Topic naming: every planwatch topic is the configured prefix followed by its fixed name from
 * DESIGN.md (e.g. {@code planwatch.} + {@code stats.observations}).
 *
 * @param prefix may be empty; only characters Kafka allows in topic names
 */
public record TopicConfig(String prefix) {

  /** The dead-letter topic's fixed name (DESIGN.md, Topics). */
  public static final String DLQ = "dlq";

  /** The full name of the topic with this fixed name, e.g. {@code planwatch.pace.alerts}. */
  public String name(final String fixedName) {
    return prefix + fixedName;
  }
}
