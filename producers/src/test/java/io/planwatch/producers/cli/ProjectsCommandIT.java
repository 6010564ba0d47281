package io.planwatch.producers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.avro.ProjectUpdate;
import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.embedded.EmbeddedKafkaBroker;
import io.planwatch.embedded.test.KafkaBrokerExtension;
import io.planwatch.producers.convert.ProjectUpdateMapper;
import io.planwatch.producers.ingest.CatalogueReferenceData;
import io.planwatch.producers.ingest.IngestOptions;
import io.planwatch.producers.ingest.IngestService;
import io.planwatch.producers.testing.TestFiles;
import io.planwatch.producers.testing.TopicContents;
import io.planwatch.registry.server.SchemaRegistryServer;
import io.planwatch.registry.test.RegistryServerExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith({KafkaBrokerExtension.class, RegistryServerExtension.class})
class ProjectsCommandIT {
  private final EmbeddedKafkaBroker broker;
  private final SchemaRegistryServer registry;
  @TempDir Path dir;

  ProjectsCommandIT(EmbeddedKafkaBroker broker, SchemaRegistryServer registry) {
    this.broker = broker;
    this.registry = registry;
  }

  @ParameterizedTest
  @ValueSource(strings = {"projects-2022-06.csv", "projects-2022-07.jsonl"})
  void shouldPublishEveryUpdateKeyedByProjectId(String fixture) throws IOException {
    CliEnvironment env = CliEnvironment.fresh(broker, registry);
    Path file = TestFiles.fixture(fixture, dir);
    List<ProjectUpdate> expected =
        new IngestService(new CatalogueReferenceData(Catalogue.loadDefault()))
            .parseProjects(file, IngestOptions.defaults(CliRun.CLOCK)).publishable().stream()
                .map(ProjectUpdateMapper::toAvro)
                .toList();

    CliRun run = CliRun.run(env.variables(), "projects", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<ConsumerRecord<String, ProjectUpdate>> seen =
        TopicContents.committed(
            broker.bootstrapServers(),
            registry.url(),
            env.topics().projectUpdates().name(),
            ProjectUpdate.class);
    assertThat(expected).isNotEmpty();
    assertThat(seen)
        .extracting(ConsumerRecord::value)
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(seen).allSatisfy(r -> assertThat(r.key()).isEqualTo(r.value().getProjectId()));
  }
}
