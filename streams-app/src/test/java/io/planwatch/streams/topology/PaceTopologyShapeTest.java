package io.planwatch.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.planwatch.registry.client.MockSchemaRegistry;
import io.planwatch.streams.metrics.DomainMetrics;
import io.planwatch.topics.AvroValueSerdes;
import io.planwatch.topics.Topics;
import java.util.Map;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Names are part of the contract: changelog and repartition topics must survive changes. */
class PaceTopologyShapeTest {
  private static final String SCOPE = "pace-topology-shape-test";

  private final TopologyDescription description =
      PaceTopology.build(
              TopologyConfig.defaults(Topics.defaults()),
              AvroValueSerdes.of(
                  Map.of("schema.registry.url", MockSchemaRegistry.MOCK_URL_PREFIX + SCOPE)),
              new DomainMetrics(new SimpleMeterRegistry()))
          .describe();

  @AfterEach
  void dropScope() {
    MockSchemaRegistry.dropScope(SCOPE);
  }

  @Test
  void shouldNameEveryRepartitionTopicAndStore() {
    final String text = description.toString();
    assertThat(text)
        .contains(
            "observations-by-series-repartition",
            "targets-by-series-repartition",
            "progress-by-parent-repartition",
            "projects-by-region-repartition",
            "project-plans-by-region-repartition")
        .doesNotContain("KSTREAM-", "KTABLE-");
    for (final String store :
        new String[] {
          PaceStores.PROGRESS, PaceStores.ALERTS, PaceStores.SERIES_OBSERVATIONS,
          PaceStores.SERIES_TARGETS, PaceStores.SERIES_PROGRESS, PaceStores.SERIES_ALERT_STATE,
          PaceStores.TARGETS_BY_ID, PaceStores.SCORECARDS, PaceStores.SCORECARD_INPUTS,
          PaceStores.SCORECARD_STATE, PaceStores.PROJECT_STATE, PaceStores.PROJECT_PROGRESS,
          PaceStores.PROJECT_UPDATES, PaceStores.MILESTONE_ALERTS, PaceStores.PROJECT_PLANS
        }) {
      assertThat(text).contains(store);
    }
    assertThat(description.globalStores())
        .extracting(g -> g.processor().stores().iterator().next())
        .containsExactlyInAnyOrder(PaceStores.REGIONS, PaceStores.INDICATORS);
  }

  @Test
  void shouldPartitionSeriesStateByTheSeriesPrefixOnly() {
    final KeyPrefixPartitioner<Object> partitioner = new KeyPrefixPartitioner<>(2);
    final int observation =
        partitioner
            .partitions("t", "gdp|210112|2022-06|YTD_LEVEL", null, 12)
            .orElseThrow()
            .iterator()
            .next();
    final int target =
        partitioner
            .partitions("t", "gdp|210112|000.hunnan.gdp.level.2025", null, 12)
            .orElseThrow()
            .iterator()
            .next();
    assertThat(observation).isEqualTo(target);
  }
}
