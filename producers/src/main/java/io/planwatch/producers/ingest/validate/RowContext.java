package io.planwatch.producers.ingest.validate;

import io.planwatch.producers.ingest.RowError;
import io.planwatch.producers.ingest.columns.Column;
import io.planwatch.producers.ingest.columns.HeaderMapping;
import io.planwatch.producers.ingest.columns.HeaderMapping.Cell;
import io.planwatch.producers.ingest.normalize.InvalidValueException;
import io.planwatch.producers.ingest.normalize.NumberParser;
import io.planwatch.producers.ingest.normalize.Problem;
import io.planwatch.producers.ingest.read.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One row being checked: reads its cells through parsers and collects every error. */
final class RowContext {
  private final String file;
  private final HeaderMapping mapping;
  private final Table.Row row;
  private final List<RowError> errors = new ArrayList<>();

  RowContext(String file, HeaderMapping mapping, Table.Row row) {
    this.file = file;
    this.mapping = mapping;
    this.row = row;
  }

  String location() {
    return row.location();
  }

  /** The first non-blank cell of a column. */
  Optional<Cell> cell(Column column) {
    return mapping.cell(row.cells(), column);
  }

  /** The first cell of a column the file has, blank or not. */
  Cell firstCell(Column column) {
    return mapping.cells(row.cells(), column).get(0);
  }

  /** Every non-blank cell of a column (one per header naming it). */
  List<Cell> filledCells(Column column) {
    List<Cell> cells = mapping.cells(row.cells(), column);
    if (cells.size() == 1) {
      return cells.get(0).isBlank() ? List.of() : cells;
    }
    List<Cell> filled = new ArrayList<>(cells.size());
    for (Cell cell : cells) {
      if (!cell.isBlank()) {
        filled.add(cell);
      }
    }
    return filled;
  }

  /** Parses a required cell; records EMPTY_VALUE when blank or the parser's problem; null then. */
  <T> T required(Column column, Function<String, T> parser) {
    Cell cell = mapping.filledCell(row.cells(), column);
    if (cell == null) {
      error(mapping.headerOf(column), "", Problem.EMPTY_VALUE, null);
      return null;
    }
    return parse(cell, parser);
  }

  /** Parses an optional cell; null when blank or wrong (and then the error is recorded). */
  <T> T optional(Column column, Function<String, T> parser) {
    Cell cell = mapping.filledCell(row.cells(), column);
    return cell == null ? null : parse(cell, parser);
  }

  /** Parses a cell, recording the parser's problem. */
  <T> T parse(Cell cell, Function<String, T> parser) {
    try {
      return parser.apply(cell.text());
    } catch (InvalidValueException e) {
      error(cell.header(), cell.text(), e.problem(), e.detail());
      return null;
    }
  }

  /**
   * Whether a figure, converted to {@code unit}, fits a record (a double); else records why on
   * {@code cell}.
   */
  boolean fits(Cell cell, BigDecimal value, String unit) {
    try {
      NumberParser.toDouble(value);
      return true;
    } catch (InvalidValueException e) {
      error(cell, e.problem(), e.detail() + ", in " + unit);
      return false;
    }
  }

  void error(String column, String value, Problem problem, String detail) {
    RowError error = RowError.of(file, row.location(), column, value, problem, detail);
    if (!errors.contains(error)) {
      errors.add(error);
    }
  }

  void error(Cell cell, Problem problem, String detail) {
    error(cell.header(), cell.text(), problem, detail);
  }

  List<RowError> errors() {
    return List.copyOf(errors);
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }
}
