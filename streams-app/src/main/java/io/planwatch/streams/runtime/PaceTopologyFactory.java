package io.planwatch.streams.runtime;

import io.planwatch.registry.client.SchemaRegistryClients;
import io.planwatch.streams.config.AppConfig;
import io.planwatch.streams.metrics.DomainMetrics;
import io.planwatch.streams.topology.PaceStreamsDefaults;
import io.planwatch.streams.topology.PaceTopology;
import io.planwatch.streams.topology.TopologyConfig;
import io.planwatch.topics.AvroValueSerdes;
import io.planwatch.topics.TopicSpec;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link PaceTopology}: its configuration from {@link AppConfig}, value serdes sharing one
 * registry client, and its dead-letter handlers as streams defaults. Logs the topology at start.
 */
public final class PaceTopologyFactory implements TopologyFactory {
  private static final Logger LOG = LoggerFactory.getLogger(PaceTopologyFactory.class);

  @Override
  public Topology build(final AppConfig config, final DomainMetrics metrics) {
    final Map<String, Object> serdeConfig = config.registry().serdeConfig();
    final Topology topology =
        PaceTopology.build(
            TopologyConfig.defaults(config.topics())
                .withSeriesPartitions(config.processing().seriesPartitions())
                .withScorecardInterval(config.processing().scorecardInterval()),
            AvroValueSerdes.over(SchemaRegistryClients.create(serdeConfig), serdeConfig),
            metrics);
    LOG.info("Topology of {}:\n{}", config.applicationId(), topology.describe());
    return topology;
  }

  /** Progress, alerts, scorecards, project progress and the dead letters. */
  @Override
  public List<TopicSpec<?>> ownedTopics(final AppConfig config) {
    return config.topics().streamsOutputs();
  }

  @Override
  public Map<String, Object> streamsDefaults(final AppConfig config, final DomainMetrics metrics) {
    return PaceStreamsDefaults.of(config.dlq(), metrics);
  }
}
