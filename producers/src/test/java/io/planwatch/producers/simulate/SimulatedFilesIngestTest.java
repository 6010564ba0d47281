package io.planwatch.producers.simulate;

import static io.planwatch.producers.simulate.SimulationFixtures.BATCHES;
import static io.planwatch.producers.simulate.SimulationFixtures.CATALOGUE;
import static io.planwatch.producers.simulate.SimulationFixtures.LATER;
import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.domain.model.Observation;
import io.planwatch.domain.model.ProjectUpdate;
import io.planwatch.producers.ingest.CatalogueReferenceData;
import io.planwatch.producers.ingest.IngestOptions;
import io.planwatch.producers.ingest.IngestService;
import io.planwatch.producers.ingest.ParsedFile;
import io.planwatch.producers.ingest.RejectReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedFilesIngestTest {
  @TempDir Path dir;

  private final IngestService ingest = new IngestService(new CatalogueReferenceData(CATALOGUE));
  // No source given: the simulated marker must come from the files' source column (来源).
  private final IngestOptions options = IngestOptions.defaults(LATER);

  @Test
  void shouldIngestEveryReleaseFileWithoutRejectsAndReadBackTheSameObservations()
      throws IOException {
    List<Path> files = new SimulationWriter(CATALOGUE).write(BATCHES, dir);

    for (SimulationBatch batch : BATCHES) {
      ParsedFile<Observation> parsed = ingest.parse(dir.resolve(batch.releaseFileName()), options);

      assertThat(RejectReport.lines(parsed)).as(batch.name()).isEmpty();
      assertThat(parsed.ignoredColumns()).isEmpty();
      assertThat(parsed.records()).as(batch.name()).isEqualTo(batch.observations());
    }
    assertThat(files).hasSize(2 * BATCHES.size() - 1);
    assertThat(files.stream().map(f -> f.getFileName().toString()).toList())
        .startsWith("2020-history-releases.csv", "2021-02-releases.csv", "2021-02-projects.csv");
  }

  @Test
  void shouldIngestTheProjectReportsWithoutRejectsAndReadBackTheSameUpdates() throws IOException {
    new SimulationWriter(CATALOGUE).write(BATCHES, dir);

    for (SimulationBatch batch : BATCHES.subList(1, BATCHES.size())) {
      ParsedFile<ProjectUpdate> parsed =
          ingest.parseProjects(dir.resolve(batch.projectFileName()), options);

      assertThat(RejectReport.lines(parsed)).as(batch.name()).isEmpty();
      assertThat(parsed.ignoredColumns()).isEmpty();
      assertThat(parsed.records()).as(batch.name()).isEqualTo(batch.projectUpdates());
    }
  }
}
