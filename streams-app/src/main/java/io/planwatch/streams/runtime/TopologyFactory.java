package io.planwatch.streams.runtime;

import io.planwatch.streams.config.AppConfig;
import io.planwatch.streams.metrics.DomainMetrics;
import io.planwatch.topics.TopicSpec;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.streams.Topology;

/**
 * Builds the topology from the configuration: a pure function, the same one tests call. It also
 * receives the {@link DomainMetrics} its processors count into.
 */
@FunctionalInterface
public interface TopologyFactory {

  Topology build(AppConfig config, DomainMetrics metrics);

  /**
   * Streams properties the topology needs unless configured otherwise, such as its exception
   * handlers and the metrics they count into.
   */
  default Map<String, Object> streamsDefaults(AppConfig config, DomainMetrics metrics) {
    return Map.of();
  }

  /**
   * The topics the app owns and creates when absent before the streams start ({@link
   * OwnTopicsStep}); none unless the topology says so.
   */
  default List<TopicSpec<?>> ownedTopics(AppConfig config) {
    return List.of();
  }

  /** For a topology that records no domain metrics. */
  static TopologyFactory of(final Function<AppConfig, Topology> build) {
    return (config, metrics) -> build.apply(config);
  }
}
