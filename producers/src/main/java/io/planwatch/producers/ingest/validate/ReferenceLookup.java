package io.planwatch.producers.ingest.validate;

import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Region;
import io.planwatch.producers.ingest.ReferenceData;
import io.planwatch.producers.ingest.columns.Column;
import io.planwatch.producers.ingest.columns.HeaderMapping.Cell;
import io.planwatch.producers.ingest.columns.HeaderText;
import io.planwatch.producers.ingest.normalize.Problem;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Resolves a reference (indicator, region) that may be given in several columns (地区 and 地区代码):
 * every filled cell must resolve, and all to the same thing. A name may carry its unit in brackets,
 * as bureau tables write it: 地区生产总值（亿元）. One lookup serves one file and remembers what each
 * distinct cell text resolved to.
 */
final class ReferenceLookup<T> {
  private final Column column;
  private final Function<String, Optional<T>> find;
  private final Predicate<String> ambiguous;
  private final Function<T, String> code;
  private final Problem unknown;

  private ReferenceLookup(
      Column column,
      Function<String, Optional<T>> lookup,
      Predicate<String> ambiguous,
      Function<T, String> code,
      Problem unknown) {
    this.column = column;
    this.find =
        PerValue.of(
            text -> lookup.apply(text).or(() -> lookup.apply(HeaderText.withoutUnit(text))));
    this.ambiguous = ambiguous;
    this.code = code;
    this.unknown = unknown;
  }

  /** The indicators of a file, from the given indicator column(s). */
  static ReferenceLookup<Indicator> indicators(Column column, ReferenceData reference) {
    return new ReferenceLookup<>(
        column,
        reference::indicator,
        reference::isAmbiguous,
        Indicator::code,
        Problem.UNKNOWN_INDICATOR);
  }

  /** The regions of a file, from the given region column(s). */
  static ReferenceLookup<Region> regions(Column column, ReferenceData reference) {
    return new ReferenceLookup<>(
        column, reference::region, reference::isAmbiguous, Region::code, Problem.UNKNOWN_REGION);
  }

  /** The reference of a row, or null when it recorded an error. */
  T resolve(RowContext row) {
    List<Cell> cells = row.filledCells(column);
    if (cells.isEmpty()) {
      row.required(column, text -> text);
      return null;
    }
    T found = null;
    Cell foundIn = null;
    for (Cell cell : cells) {
      Optional<T> match = find.apply(cell.text());
      if (match.isEmpty()) {
        row.error(cell, ambiguous.test(cell.text()) ? Problem.AMBIGUOUS_NAME : unknown, null);
        return null;
      }
      if (found != null && !code.apply(found).equals(code.apply(match.get()))) {
        row.error(
            cell,
            Problem.COLUMNS_DISAGREE,
            foundIn.header()
                + " is "
                + code.apply(found)
                + ", "
                + cell.header()
                + " is "
                + code.apply(match.get()));
        return null;
      }
      found = match.get();
      foundIn = cell;
    }
    return found;
  }
}
