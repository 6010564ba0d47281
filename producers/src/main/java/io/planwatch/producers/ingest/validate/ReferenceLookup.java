package io.planwatch.producers.ingest.validate;

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
 * as bureau tables write it: 地区生产总值（亿元）.
 */
final class ReferenceLookup {
  private ReferenceLookup() {}

  /** The region of a row, from the given region column(s). */
  static Region region(RowContext row, Column column, ReferenceData reference) {
    return resolve(
        row,
        column,
        reference::region,
        reference::isAmbiguous,
        Region::code,
        Problem.UNKNOWN_REGION);
  }

  static <T> T resolve(
      RowContext row,
      Column column,
      Function<String, Optional<T>> lookup,
      Predicate<String> ambiguous,
      Function<T, String> code,
      Problem unknown) {
    List<Cell> cells = row.filledCells(column);
    if (cells.isEmpty()) {
      row.required(column, text -> text);
      return null;
    }
    T found = null;
    Cell foundIn = null;
    for (Cell cell : cells) {
      Optional<T> match =
          lookup.apply(cell.text()).or(() -> lookup.apply(HeaderText.withoutUnit(cell.text())));
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
