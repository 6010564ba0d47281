package io.planwatch.producers.ingest;

import io.planwatch.producers.ingest.normalize.Problem;
import java.util.Objects;

/**
 * One thing wrong in a file.
 *
 * @param file the file name
 * @param line where: the physical line (CSV, JSON lines), the row number (XLSX), the JSON pointer
 *     of the observation (SDMX-JSON)
 * @param column the column as headed in the file, or {@code -} for the whole row
 * @param value the offending text
 * @param reason what is wrong, English / Chinese, with details
 * @param problem the kind of problem
 */
public record RowError(
    String file, String line, String column, String value, String reason, Problem problem) {
  public RowError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(problem, "problem");
    value = value == null ? "" : value;
  }

  /** An error of a problem kind with an optional detail. */
  public static RowError of(
      String file, String line, String column, String value, Problem problem, String detail) {
    return new RowError(file, line, column, value, problem.reason(detail), problem);
  }

  /** The report line: {@code file:line: column="value": reason}. */
  public String describe() {
    return file + ":" + line + ": " + what();
  }

  /** The error without its place: {@code column="value": reason}. */
  public String what() {
    return column + "=\"" + value + "\": " + reason;
  }
}
