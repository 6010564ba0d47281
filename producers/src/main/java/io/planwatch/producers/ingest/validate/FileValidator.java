package io.planwatch.producers.ingest.validate;

import io.planwatch.producers.ingest.RecordSink;
import io.planwatch.producers.ingest.RowError;
import io.planwatch.producers.ingest.columns.Column;
import io.planwatch.producers.ingest.columns.HeaderMapping;
import io.planwatch.producers.ingest.normalize.Problem;
import io.planwatch.producers.ingest.read.RowStream;
import io.planwatch.producers.ingest.read.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every row of a file as it is read: missing columns, rows that could not be read, each
 * row's cells, and rows that repeat an earlier one. Nothing is dropped: each problem becomes a
 * {@link RowError}. The records of valid rows go to a {@link RecordSink} at once, so a large file's
 * rows are never all held in memory.
 */
public final class FileValidator {
  private FileValidator() {}

  /**
   * The outcome for one file (its records went to the sink).
   *
   * @param header the header as written in the file (empty for an unreadable file)
   * @param rowCount how many data rows the file has, readable or not
   * @param recordCount how many records went to the sink and were kept
   * @param errors every error, in file order
   * @param rejectedRows original cells of each row with errors, by location
   * @param ignoredColumns headers that name no known column
   */
  public record Outcome(
      List<String> header,
      int rowCount,
      int recordCount,
      List<RowError> errors,
      Map<String, List<String>> rejectedRows,
      List<String> ignoredColumns) {}

  /** A row checker: the row's record, or null when it recorded errors. */
  interface RowAssembler<T> {
    T assemble(RowContext row);
  }

  /** Checks every row of a file, handing the records of valid rows to {@code sink}. */
  static <T> Outcome validate(
      String file,
      RowStream rows,
      List<Column> columns,
      RowAssembler<T> assembler,
      DuplicateIndex<T> duplicates,
      RecordSink<? super T> sink) {
    HeaderMapping mapping = HeaderMapping.of(rows.header(), columns);
    List<RowError> errors = new ArrayList<>();
    Map<String, List<String>> rejected = new LinkedHashMap<>();
    boolean unreadable = rows.header().isEmpty() && rows.lines().hasNext();
    if (!mapping.missing().isEmpty() && !unreadable) {
      for (Column column : mapping.missing()) {
        errors.add(
            RowError.of(
                file,
                rows.headerLocation(),
                column.key(),
                "",
                Problem.MISSING_COLUMN,
                "one of " + String.join(", ", column.aliases())));
      }
      sink.rejected();
      return new Outcome(rows.header(), count(rows), 0, errors, rejected, mapping.ignored());
    }
    int rowCount = 0;
    int recordCount = 0;
    while (rows.lines().hasNext()) {
      Table.Line line = rows.lines().next();
      rowCount++;
      if (line instanceof Table.BadRow bad) {
        RowError error =
            RowError.of(
                file, bad.location(), bad.column(), bad.value(), bad.problem(), bad.detail());
        if (bad.problem() == Problem.UNREADABLE_FILE) {
          // Part of the file cannot be parsed: the file is unreadable, whatever came before.
          sink.clear();
          return new Outcome(
              List.of(), 1, 0, List.of(error), Map.of(bad.location(), List.of()), List.of());
        }
        errors.add(error);
        rejected.put(bad.location(), List.of());
        sink.rejected();
        continue;
      }
      Table.Row row = (Table.Row) line;
      RowContext context = new RowContext(file, mapping, row);
      T record = assemble(assembler, context);
      if (record != null) {
        String earlier = duplicates.firstSeen(record, row.location());
        if (earlier == null) {
          sink.accept(record);
          recordCount++;
        } else {
          context.error(
              duplicates.name(),
              duplicates.describe(record),
              Problem.DUPLICATED_ROW,
              (DuplicateIndex.lineNumber(earlier) >= 0 ? "same as line " : "same as ") + earlier);
        }
      }
      if (context.hasErrors()) {
        errors.addAll(context.errors());
        rejected.put(row.location(), row.cells());
        sink.rejected();
      }
    }
    return new Outcome(rows.header(), rowCount, recordCount, errors, rejected, mapping.ignored());
  }

  /**
   * The row's record. The checks of the assemblers catch every value a record refuses; should one
   * still slip through, the record's refusal is the row's error, never the end of the file.
   */
  private static <T> T assemble(RowAssembler<T> assembler, RowContext row) {
    try {
      return assembler.assemble(row);
    } catch (IllegalArgumentException e) {
      row.error("-", "", Problem.INVALID_RECORD, e.getMessage());
      return null;
    }
  }

  /** Keys of a record, for duplicate detection (compared part by part). */
  static List<Object> key(Object... parts) {
    return Arrays.asList(parts);
  }

  private static int count(RowStream rows) {
    int count = 0;
    while (rows.lines().hasNext()) {
      rows.lines().next();
      count++;
    }
    return count;
  }
}
