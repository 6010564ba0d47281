package io.planwatch.topics;

/**
 * An existing topic whose configuration differs from the catalogue, e.g. {@code cleanup.policy}
 * {@code delete} where the catalogue says {@code compact}.
 */
public record TopicMismatch(String topic, String setting, String expected, String actual) {
  @Override
  public String toString() {
    return topic
        + ": "
        + setting
        + " is '"
        + actual
        + "', the catalogue expects '"
        + expected
        + "'";
  }
}
