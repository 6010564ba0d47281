package io.planwatch.producers.ingest.validate;

import io.planwatch.producers.ingest.RowError;
import io.planwatch.producers.ingest.columns.Column;
import io.planwatch.producers.ingest.columns.HeaderMapping;
import io.planwatch.producers.ingest.normalize.Problem;
import io.planwatch.producers.ingest.read.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks every row of a table: missing columns, rows that could not be read, each row's cells, and
 * rows that repeat an earlier one. Nothing is dropped: each problem becomes a {@link RowError}.
 */
public final class FileValidator {
  private FileValidator() {}

  /**
   * The outcome for one file.
   *
   * @param records records of the valid rows, in file order
   * @param errors every error, in file order
   * @param rejectedRows original cells of each row with errors, by location
   * @param ignoredColumns headers that name no known column
   */
  public record Outcome<T>(
      List<T> records,
      List<RowError> errors,
      Map<String, List<String>> rejectedRows,
      List<String> ignoredColumns) {}

  /** A row checker: the row's record, or null when it recorded errors. */
  interface RowAssembler<T> {
    T assemble(RowContext row);
  }

  /** Checks every row of a table. */
  static <T> Outcome<T> validate(
      String file,
      Table table,
      List<Column> columns,
      RowAssembler<T> assembler,
      Function<T, List<Object>> duplicateKey,
      String duplicateKeyName) {
    HeaderMapping mapping = HeaderMapping.of(table.header(), columns);
    List<RowError> errors = new ArrayList<>();
    Map<String, List<String>> rejected = new LinkedHashMap<>();
    boolean unreadable = table.header().isEmpty() && table.size() > 0;
    if (!mapping.missing().isEmpty() && !unreadable) {
      for (Column column : mapping.missing()) {
        errors.add(
            RowError.of(
                file,
                table.headerLocation(),
                column.key(),
                "",
                Problem.MISSING_COLUMN,
                "one of " + String.join(", ", column.aliases())));
      }
      return new Outcome<>(List.of(), errors, rejected, mapping.ignored());
    }
    List<T> records = new ArrayList<>();
    Map<List<Object>, String> firstSeen = new HashMap<>(Math.max(16, table.size() * 4 / 3 + 1));
    for (Table.Line line : table.lines()) {
      if (line instanceof Table.BadRow bad) {
        errors.add(
            RowError.of(
                file, bad.location(), bad.column(), bad.value(), bad.problem(), bad.detail()));
        rejected.put(bad.location(), List.of());
        continue;
      }
      Table.Row row = (Table.Row) line;
      RowContext context = new RowContext(file, mapping, row);
      T record = assembler.assemble(context);
      if (record != null) {
        List<Object> key = duplicateKey.apply(record);
        String earlier = firstSeen.putIfAbsent(key, row.location());
        if (earlier == null) {
          records.add(record);
        } else {
          context.error(
              duplicateKeyName,
              joined(key),
              Problem.DUPLICATED_ROW,
              (earlier.matches("\\d+") ? "same as line " : "same as ") + earlier);
        }
      }
      if (context.hasErrors()) {
        errors.addAll(context.errors());
        rejected.put(row.location(), row.cells());
      }
    }
    return new Outcome<>(records, errors, rejected, mapping.ignored());
  }

  /** Keys of a record, for duplicate detection (compared part by part). */
  static List<Object> key(Object... parts) {
    return Arrays.asList(parts);
  }

  /** A record's keys as reported: joined with {@code |}. */
  private static String joined(List<Object> key) {
    StringBuilder text = new StringBuilder(64);
    for (Object part : key) {
      if (!text.isEmpty()) {
        text.append('|');
      }
      text.append(part);
    }
    return text.toString();
  }
}
