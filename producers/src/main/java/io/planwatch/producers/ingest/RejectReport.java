package io.planwatch.producers.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * What was wrong with a file, for people: one report line per error ({@code file:line:
 * column="value": reason}), a summary, and a {@code <file>.rejected.csv} holding each rejected row
 * as it was, with its location and reasons, for {@code --skip-invalid} runs.
 */
public final class RejectReport {
  private RejectReport() {}

  /**
   * One line per bad row, in file order: {@code file:line: column="value": reason}, and when a row
   * has several errors, each after the first joined with {@code ; }.
   */
  public static List<String> lines(ParsedFile<?> parsed) {
    return rejectedLocations(parsed).values().stream()
        .map(
            errors ->
                errors.get(0).describe()
                    + errors.stream()
                        .skip(1)
                        .map(e -> "; " + e.what())
                        .collect(Collectors.joining()))
        .toList();
  }

  /** A one-line summary in English and Chinese. */
  public static String summary(ParsedFile<?> parsed) {
    String name = parsed.file().getFileName().toString();
    int rejected = parsed.rejectedRows().size();
    if (parsed.isClean()) {
      return name + ": " + parsed.recordCount() + " rows valid / " + parsed.recordCount() + "行全部有效";
    }
    String outcome =
        parsed.skipInvalid()
            ? parsed.recordCount() + " valid rows kept / 保留" + parsed.recordCount() + "行有效数据"
            : "nothing published / 整个文件未发布";
    return name
        + ": "
        + rejected
        + " of "
        + parsed.rowCount()
        + " rows rejected, "
        + parsed.errors().size()
        + " errors; "
        + outcome
        + " ("
        + rejected
        + "行被拒绝)";
  }

  /** Writes the summary and every error line. */
  public static void print(ParsedFile<?> parsed, Appendable out) throws IOException {
    out.append(summary(parsed)).append(System.lineSeparator());
    for (String line : lines(parsed)) {
      out.append(line).append(System.lineSeparator());
    }
  }

  /** The path of the rejected-rows file next to the input: {@code <file>.rejected.csv}. */
  public static Path rejectedCsvPath(ParsedFile<?> parsed) {
    return parsed.file().resolveSibling(parsed.file().getFileName() + ".rejected.csv");
  }

  /**
   * Writes {@code <file>.rejected.csv} (UTF-8 with BOM, so Excel shows the Chinese): a {@code line}
   * column, the original columns, and a {@code reason} column joining the row's reasons.
   *
   * @return the file written
   */
  public static Path writeRejectedCsv(ParsedFile<?> parsed) throws IOException {
    Path target = rejectedCsvPath(parsed);
    List<String> header = new ArrayList<>();
    header.add("line");
    header.addAll(parsed.header());
    header.add("reason");
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
    try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      writer.write('\uFEFF');
      CSVPrinter printer = new CSVPrinter(writer, format);
      for (Map.Entry<String, List<RowError>> entry : rejectedLocations(parsed).entrySet()) {
        List<String> record = new ArrayList<>();
        record.add(entry.getKey());
        List<String> cells = parsed.rejectedRows().getOrDefault(entry.getKey(), List.of());
        for (int i = 0; i < parsed.header().size(); i++) {
          record.add(i < cells.size() ? cells.get(i) : "");
        }
        record.add(entry.getValue().stream().map(RowError::what).collect(Collectors.joining("; ")));
        printer.printRecord(record);
      }
      printer.flush();
    }
    return target;
  }

  /** How many rows (lines, or cells of an SDMX message) a file rejects. */
  public static int rejectedRows(ParsedFile<?> parsed) {
    return rejectedLocations(parsed).size();
  }

  private static Map<String, List<RowError>> rejectedLocations(ParsedFile<?> parsed) {
    Map<String, List<RowError>> byLocation = new LinkedHashMap<>();
    for (RowError error : parsed.errors()) {
      byLocation.computeIfAbsent(error.line(), l -> new ArrayList<>()).add(error);
    }
    return byLocation;
  }
}
