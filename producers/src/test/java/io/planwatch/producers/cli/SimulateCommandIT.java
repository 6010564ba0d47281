package io.planwatch.producers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.avro.ProjectUpdate;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.embedded.EmbeddedKafkaBroker;
import io.planwatch.embedded.test.KafkaBrokerExtension;
import io.planwatch.producers.simulate.SimulationBatch;
import io.planwatch.producers.simulate.SimulationConfig;
import io.planwatch.producers.simulate.Simulator;
import io.planwatch.producers.testing.TopicContents;
import io.planwatch.registry.server.SchemaRegistryServer;
import io.planwatch.registry.test.RegistryServerExtension;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith({KafkaBrokerExtension.class, RegistryServerExtension.class})
class SimulateCommandIT {
  private final EmbeddedKafkaBroker broker;
  private final SchemaRegistryServer registry;

  SimulateCommandIT(EmbeddedKafkaBroker broker, SchemaRegistryServer registry) {
    this.broker = broker;
    this.registry = registry;
  }

  @Test
  void shouldPublishEverySimulatedMonthOnceInItsOwnTransaction() {
    CliEnvironment env = CliEnvironment.fresh(broker, registry);
    List<SimulationBatch> expected =
        new Simulator(
                Catalogue.loadDefault(),
                SimulationConfig.defaults(42).withYears(2021, 2021).withHistoryYears(0))
            .batches();
    String[] args = {"simulate", "--years", "2021", "--history-years", "0", "--publish"};

    CliRun first = CliRun.run(env.variables(), args);
    CliRun second = CliRun.run(env.variables(), args);

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(first.out()).contains("2021-02: read ", "2021-12: read ");
    assertThat(second.out()).contains("2021-06: already published, nothing sent");
    List<ConsumerRecord<String, StatisticalObservation>> observations =
        TopicContents.committed(
            broker.bootstrapServers(),
            registry.url(),
            env.topics().observations().name(),
            StatisticalObservation.class);
    int figures = expected.stream().mapToInt(b -> b.observations().size()).sum();
    assertThat(observations).hasSize(figures);
    ConsumerRecord<String, StatisticalObservation> firstRecord =
        observations.stream()
            .filter(r -> r.key().equals(expected.get(0).observations().get(0).key()))
            .findFirst()
            .orElseThrow();
    assertThat(firstRecord.value().getSource()).isEqualTo("simulated:seed=42");
    int reports = expected.stream().mapToInt(b -> b.projectUpdates().size()).sum();
    assertThat(
            TopicContents.committed(
                broker.bootstrapServers(),
                registry.url(),
                env.topics().projectUpdates().name(),
                ProjectUpdate.class))
        .hasSize(reports);
  }
}
