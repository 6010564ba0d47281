package io.planwatch.producers.ingest.validate;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * What a row takes from its file when it does not say it itself.
 *
 * @param fileName the file name, for errors
 * @param releaseId the file's release id
 * @param publishedAt the file's publication time
 * @param source the source of rows that do not name one
 * @param clock the clock that says what is in the future
 * @param defaultYear the year for periods without one, or null
 */
public record FileDefaults(
    String fileName,
    String releaseId,
    Instant publishedAt,
    String source,
    Clock clock,
    Integer defaultYear) {
  public FileDefaults {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(clock, "clock");
  }
}
