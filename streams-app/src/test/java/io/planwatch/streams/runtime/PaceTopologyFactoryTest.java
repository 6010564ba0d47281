package io.planwatch.streams.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.planwatch.registry.client.MockSchemaRegistry;
import io.planwatch.streams.config.AppConfig;
import io.planwatch.streams.config.AppConfigLoader;
import io.planwatch.streams.config.DlqConfig;
import io.planwatch.streams.metrics.DomainMetrics;
import io.planwatch.streams.topology.DlqDeserializationHandler;
import io.planwatch.streams.topology.DlqProcessingHandler;
import io.planwatch.streams.topology.PaceStores;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PaceTopologyFactoryTest {
  private static final String SCOPE = "pace-topology-factory-test";

  private final AppConfig config =
      AppConfigLoader.load(
          Optional.empty(),
          Map.of("PLANWATCH_SCHEMA_REGISTRY_URL", MockSchemaRegistry.MOCK_URL_PREFIX + SCOPE),
          Map.of());
  private final DomainMetrics metrics = new DomainMetrics(new SimpleMeterRegistry());

  @AfterEach
  void dropScope() {
    MockSchemaRegistry.dropScope(SCOPE);
  }

  @Test
  void shouldBuildThePaceTopologyWithTheConfiguredTopics() {
    final Topology topology = new PaceTopologyFactory().build(config, metrics);

    final String description = topology.describe().toString();
    assertThat(description)
        .contains(config.topics().observations().name(), config.topics().paceAlerts().name())
        .contains(PaceStores.PROGRESS, PaceStores.SERIES_OBSERVATIONS);
  }

  @Test
  void shouldSetTheDeadLetterHandlersUnlessConfiguredOtherwise() {
    final Map<String, Object> defaults = new PaceTopologyFactory().streamsDefaults(config, metrics);
    final Properties properties = config.toStreamsProperties(defaults);

    assertThat(properties)
        .containsEntry(
            StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
            DlqDeserializationHandler.class.getName())
        .containsEntry(
            StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
            DlqProcessingHandler.class.getName())
        .containsEntry(DlqConfig.TOPIC, config.topics().deadLetters().name());
  }
}
