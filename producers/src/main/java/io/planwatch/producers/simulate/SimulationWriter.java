package io.planwatch.producers.simulate;

import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.domain.model.ProjectUpdate;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a simulation as the files a bureau and the project offices would hand over: one release
 * table per batch ({@code 2020-history-releases.csv}, {@code 2021-02-releases.csv}, …, UTF-8 with a
 * byte-order mark so that spreadsheet programs show the Chinese) and {@code projects.csv} with
 * every project report in publication order. The {@code releases} and {@code projects} commands
 * read them back unchanged.
 */
public final class SimulationWriter {
  /** The project reports file. */
  public static final String PROJECTS_FILE = "projects.csv";

  private final ReleaseCsvWriter releases;
  private final ProjectCsvWriter projects;

  public SimulationWriter(Catalogue catalogue) {
    this.releases = new ReleaseCsvWriter(catalogue);
    this.projects = new ProjectCsvWriter(catalogue);
  }

  /**
   * Writes every batch into {@code directory} (created if missing); existing files of the same
   * names are replaced.
   *
   * @return the files written, release tables in publication order, then the projects file
   */
  public List<Path> write(List<SimulationBatch> batches, Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    List<ProjectUpdate> updates = new ArrayList<>();
    for (SimulationBatch batch : batches) {
      Path file = directory.resolve(batch.releaseFileName());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write('\uFEFF');
        releases.write(batch.observations(), out);
      }
      written.add(file);
      updates.addAll(batch.projectUpdates());
    }
    if (!updates.isEmpty()) {
      Path file = directory.resolve(PROJECTS_FILE);
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write('\uFEFF');
        projects.write(updates, out);
      }
      written.add(file);
    }
    return written;
  }
}
