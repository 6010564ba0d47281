package io.planwatch.producers.ingest.read;

import io.planwatch.producers.ingest.normalize.Problem;
import java.util.List;
import java.util.Objects;

/**
 * A file read into a header and rows of text cells, whatever its format, before any meaning is
 * given to the cells.
 *
 * @param header the header cells as written (for SDMX-JSON: the component ids)
 * @param headerLocation where the header is (line or row number), for file-level errors
 * @param lines the data rows and the rows that could not even be read into cells (broken JSON,
 *     broken SDMX keys), in file order
 */
public record Table(List<String> header, String headerLocation, List<Line> lines) {
  public Table {
    header = List.copyOf(header);
    Objects.requireNonNull(headerLocation, "headerLocation");
    lines = List.copyOf(lines);
  }

  /** A table that holds only one problem, for a file that cannot be read at all. */
  public static Table unreadable(String where, Problem problem, String detail) {
    return new Table(List.of(), where, List.of(new BadRow(where, "-", "", problem, detail)));
  }

  /** The same rows, to be read one at a time. */
  public RowStream stream() {
    return new RowStream(header, headerLocation, lines.iterator());
  }

  /** The rows read into cells. */
  public List<Row> rows() {
    return lines.stream().filter(Row.class::isInstance).map(Row.class::cast).toList();
  }

  /** How many data rows the file has, readable or not. */
  public int size() {
    return lines.size();
  }

  /** A data row of the file, read or not. */
  public sealed interface Line permits Row, BadRow {
    String location();
  }

  /**
   * One data row.
   *
   * @param location where it is: physical line (CSV, JSON lines), row number (XLSX), JSON pointer
   *     (SDMX-JSON)
   * @param cells the cells, aligned with the header
   */
  public record Row(String location, List<String> cells) implements Line {
    public Row {
      Objects.requireNonNull(location, "location");
      cells = List.copyOf(cells);
    }
  }

  /**
   * A row that could not be read.
   *
   * @param location where it is
   * @param column the column or key at fault, or "-" for the whole row
   * @param value the offending text (shortened)
   * @param problem what was wrong
   * @param detail more about it, or null
   */
  public record BadRow(String location, String column, String value, Problem problem, String detail)
      implements Line {
    public BadRow {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(problem, "problem");
    }
  }
}
