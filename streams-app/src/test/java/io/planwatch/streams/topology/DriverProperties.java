package io.planwatch.streams.topology;

import io.planwatch.streams.config.DlqConfig;
import io.planwatch.streams.metrics.DomainMetrics;
import io.planwatch.topics.Topics;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The properties every {@code TopologyTestDriver} of the pace topology runs with: the production
 * dead-letter handlers (through the processing handler for global stores too) and a sink for the
 * global stores' dead letters.
 */
public final class DriverProperties {
  private DriverProperties() {}

  public static Properties of(
      final String applicationId,
      final Path stateDir,
      final Topics topics,
      final DomainMetrics metrics,
      final DeadLetterSink referenceDeadLetters) {
    final Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.putAll(
        PaceStreamsDefaults.of(new DlqConfig(topics.deadLetters().name(), true, false), metrics));
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    props.put(PaceStreamsDefaults.DEAD_LETTER_SINK, referenceDeadLetters);
    return props;
  }
}
