package io.planwatch.producers.ingest.read;

import io.planwatch.producers.ingest.columns.Column;
import io.planwatch.producers.ingest.normalize.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV text (plain or SDMX-CSV) with Apache Commons CSV. The delimiter (comma, semicolon or
 * tab) is taken from the first line; title lines above the header are skipped; every row keeps its
 * physical line number, so quoted cells with line breaks do not shift later lines.
 */
public final class CsvTableReader {
  private static final Pattern SDMX_CODE_WITH_LABEL = Pattern.compile("^([A-Za-z0-9_.@-]+): .*$");

  private CsvTableReader() {}

  /**
   * Reads a table.
   *
   * @param text the decoded file
   * @param columns the columns the header is matched against (to find it under title lines)
   * @param sdmxLabels whether cells may be SDMX-CSV "code: label" pairs (only the code is kept)
   */
  public static Table read(String text, List<Column> columns, boolean sdmxLabels) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter(text))
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    LineIndex lineStarts = new LineIndex(text);
    List<CSVRecord> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        records.add(record);
      }
    } catch (IOException | UncheckedIOException e) {
      String where = Long.toString(records.isEmpty() ? 1 : lineStarts.lineOf(last(records)) + 1);
      return Table.unreadable(where, Problem.UNREADABLE_FILE, e.getMessage());
    }
    List<List<String>> first = new ArrayList<>();
    for (int i = 0; i < records.size() && i < HeaderFinder.MAX_TITLE_ROWS; i++) {
      first.add(records.get(i).toList());
    }
    int headerIndex = HeaderFinder.find(first, columns);
    if (records.isEmpty()) {
      return new Table(List.of(), "1", List.of());
    }
    CSVRecord header = records.get(headerIndex);
    List<Table.Line> rows = new ArrayList<>();
    for (CSVRecord record : records.subList(headerIndex + 1, records.size())) {
      List<String> cells = record.toList();
      if (HeaderFinder.isBlank(cells) || HeaderFinder.isNote(cells)) {
        continue;
      }
      if (sdmxLabels) {
        cells = cells.stream().map(CsvTableReader::sdmxCode).toList();
      }
      rows.add(new Table.Row(Integer.toString(lineStarts.lineOf(record)), cells));
    }
    return new Table(header.toList(), Integer.toString(lineStarts.lineOf(header)), rows);
  }

  private static CSVRecord last(List<CSVRecord> records) {
    return records.get(records.size() - 1);
  }

  private static String sdmxCode(String cell) {
    var matcher = SDMX_CODE_WITH_LABEL.matcher(cell);
    return matcher.matches() ? matcher.group(1) : cell;
  }

  private static char delimiter(String text) {
    int end = text.indexOf('\n');
    String firstLine = end < 0 ? text : text.substring(0, end);
    char best = ',';
    long bestCount = firstLine.chars().filter(c -> c == ',').count();
    for (char candidate : new char[] {';', '\t'}) {
      long count = firstLine.chars().filter(c -> c == candidate).count();
      if (count > bestCount) {
        best = candidate;
        bestCount = count;
      }
    }
    return best;
  }

  /** Physical line numbers of records; a record's position may point at blank lines before it. */
  private static final class LineIndex {
    private final String text;
    private final int[] starts;

    LineIndex(String text) {
      this.text = text;
      List<Integer> found = new ArrayList<>();
      found.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          found.add(i + 1);
        }
      }
      this.starts = found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based physical line a record starts on. */
    int lineOf(CSVRecord record) {
      int found = Arrays.binarySearch(starts, (int) record.getCharacterPosition());
      int index = found >= 0 ? found : -found - 2;
      while (index + 1 < starts.length && isBlank(index)) {
        index++;
      }
      return index + 1;
    }

    private boolean isBlank(int index) {
      int end = index + 1 < starts.length ? starts[index + 1] : text.length();
      return text.substring(starts[index], end).isBlank();
    }
  }
}
