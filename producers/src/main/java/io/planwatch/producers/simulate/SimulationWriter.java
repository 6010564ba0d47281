package io.planwatch.producers.simulate;

import io.planwatch.domain.catalogue.Catalogue;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a simulation as the files a bureau and the project offices would hand over, one pair per
 * batch: the release table {@code 2022-06-releases.csv} (every region's figures for the month, with
 * the revisions of the month before) and the project reports {@code 2022-06-projects.csv}; the
 * history batch is {@code 2020-history-releases.csv}. UTF-8 with a byte-order mark, so that
 * spreadsheet programs show the Chinese. The {@code releases} and {@code projects} commands read
 * them back unchanged; file names sort by month.
 */
public final class SimulationWriter {
  private final ReleaseCsvWriter releases;
  private final ProjectCsvWriter projects;

  public SimulationWriter(Catalogue catalogue) {
    this.releases = new ReleaseCsvWriter(catalogue);
    this.projects = new ProjectCsvWriter(catalogue);
  }

  /**
   * Writes every batch into {@code directory}.
   *
   * @return the files written, in publication order
   */
  public List<Path> write(List<SimulationBatch> batches, Path directory) throws IOException {
    List<Path> written = new ArrayList<>();
    for (SimulationBatch batch : batches) {
      written.addAll(write(batch, directory));
    }
    return written;
  }

  /**
   * Writes one batch into {@code directory} (created if missing), replacing files of the same
   * names: its release table, and its project reports if it has any.
   *
   * @return the files written
   */
  public List<Path> write(SimulationBatch batch, Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    Path releaseFile = directory.resolve(batch.releaseFileName());
    try (Writer out = Files.newBufferedWriter(releaseFile, StandardCharsets.UTF_8)) {
      out.write('\uFEFF');
      releases.write(batch.observations(), out);
    }
    written.add(releaseFile);
    if (!batch.projectUpdates().isEmpty()) {
      Path projectFile = directory.resolve(batch.projectFileName());
      try (Writer out = Files.newBufferedWriter(projectFile, StandardCharsets.UTF_8)) {
        out.write('\uFEFF');
        projects.write(batch.projectUpdates(), out);
      }
      written.add(projectFile);
    }
    return written;
  }
}
