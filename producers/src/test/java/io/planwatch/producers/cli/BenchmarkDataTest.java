package io.planwatch.producers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.producers.ingest.CatalogueReferenceData;
import io.planwatch.producers.ingest.IngestOptions;
import io.planwatch.producers.ingest.IngestService;
import io.planwatch.producers.ingest.ParsedFile;
import io.planwatch.producers.ingest.RejectReport;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkDataTest {
  @TempDir Path dir;

  @Test
  void shouldWriteOnlyValidRowsWithDistinctKeys() throws IOException {
    Catalogue catalogue = Catalogue.loadDefault();
    Path file = BenchmarkData.write(dir.resolve("bench.csv"), 60_000, catalogue);

    ParsedFile<?> parsed =
        new IngestService(new CatalogueReferenceData(catalogue))
            .parse(file, IngestOptions.defaults(CliRun.CLOCK));

    assertThat(RejectReport.lines(parsed)).isEmpty();
    assertThat(parsed.records()).hasSize(60_000);
  }
}
