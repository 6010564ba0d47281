package io.planwatch.producers.simulate;

import io.planwatch.domain.model.Observation;
import io.planwatch.domain.model.Period;
import io.planwatch.domain.model.ProjectUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What is published together for one simulated month: the bureau's releases for that month (every
 * region's, each with its own release id {@code sim-2022-06-<region>}) and the project offices'
 * reports for the month's end, in publication order. The revisions and final figures of the
 * previous month come first, so that a revision of the latest month is seen before the new month.
 *
 * @param name {@code 2022-06}, or {@code 2020-history} for the leading history batch
 * @param period the month the new figures are for (the history batch: its last month)
 * @param history whether this is the history batch (earlier years, final figures, latest month
 *     first so that a monitor of the latest period sees only the year-end)
 * @param publishedAt when the batch is published (mid-month after the period, Asia/Shanghai)
 * @param observations the statistical figures, in publication order
 * @param projectUpdates the project reports, in publication order
 */
public record SimulationBatch(
    String name,
    Period period,
    boolean history,
    Instant publishedAt,
    List<Observation> observations,
    List<ProjectUpdate> projectUpdates) {
  public SimulationBatch {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(publishedAt, "publishedAt");
    observations = List.copyOf(observations);
    projectUpdates = List.copyOf(projectUpdates);
  }

  /** The release file of this batch: {@code 2022-06-releases.csv}. */
  public String releaseFileName() {
    return name + "-releases.csv";
  }

  /** The project reports file of this batch: {@code 2022-06-projects.csv}. */
  public String projectFileName() {
    return name + "-projects.csv";
  }

  /** Observations and project updates together. */
  public int size() {
    return observations.size() + projectUpdates.size();
  }
}
