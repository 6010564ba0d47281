package io.planwatch.topics;

import org.apache.kafka.common.config.TopicConfig;

/** How a topic forgets: by key (compaction keeps the latest value per key) or by age. */
public enum CleanupPolicy {
  /** Latest value per key is kept forever: reference data, state-like outputs. */
  COMPACT(TopicConfig.CLEANUP_POLICY_COMPACT),
  /** Segments are deleted by age: event streams. */
  DELETE(TopicConfig.CLEANUP_POLICY_DELETE);

  private final String configValue;

  CleanupPolicy(String configValue) {
    this.configValue = configValue;
  }

  /** The value of the topic config {@code cleanup.policy}. */
  public String configValue() {
    return configValue;
  }
}
