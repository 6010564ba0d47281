package io.planwatch.producers.ingest.read;

import io.planwatch.producers.ingest.columns.Column;
import io.planwatch.producers.ingest.normalize.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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
   * Reads a table, every row at once (small files, tests); a file that cannot be parsed is one
   * unreadable row.
   *
   * @param text the decoded file
   * @param columns the columns the header is matched against (to find it under title lines)
   * @param sdmxLabels whether cells may be SDMX-CSV "code: label" pairs (only the code is kept)
   */
  public static Table read(String text, List<Column> columns, boolean sdmxLabels) {
    RowStream stream = stream(text, columns, sdmxLabels);
    List<Table.Line> lines = new ArrayList<>();
    while (stream.lines().hasNext()) {
      Table.Line line = stream.lines().next();
      if (line instanceof Table.BadRow bad && bad.problem() == Problem.UNREADABLE_FILE) {
        return Table.unreadable(bad.location(), bad.problem(), bad.detail());
      }
      lines.add(line);
    }
    return new Table(stream.header(), stream.headerLocation(), lines);
  }

  /**
   * Reads a table row by row: the header is found among the first rows, the data rows are parsed as
   * the stream is read. A parse error after the first rows ends the stream with an unreadable row
   * at the line after the last record read.
   *
   * @param text the decoded file
   * @param columns the columns the header is matched against (to find it under title lines)
   * @param sdmxLabels whether cells may be SDMX-CSV "code: label" pairs (only the code is kept)
   */
  public static RowStream stream(String text, List<Column> columns, boolean sdmxLabels) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter(text))
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    LineIndex lineStarts = new LineIndex(text);
    List<CSVRecord> first = new ArrayList<>();
    Iterator<CSVRecord> records;
    try {
      records = CSVParser.parse(new StringReader(text), format).iterator();
      while (first.size() < HeaderFinder.MAX_TITLE_ROWS && records.hasNext()) {
        first.add(records.next());
      }
    } catch (IOException | UncheckedIOException e) {
      String where = Long.toString(first.isEmpty() ? 1 : lineStarts.lineOf(last(first)) + 1);
      return Table.unreadable(where, Problem.UNREADABLE_FILE, e.getMessage()).stream();
    }
    if (first.isEmpty()) {
      return new RowStream(List.of(), "1", Collections.emptyIterator());
    }
    List<List<String>> firstCells = new ArrayList<>(first.size());
    for (CSVRecord record : first) {
      firstCells.add(record.toList());
    }
    int headerIndex = HeaderFinder.find(firstCells, columns);
    CSVRecord header = first.get(headerIndex);
    Iterator<CSVRecord> rest =
        new ArrayList<>(first.subList(headerIndex + 1, first.size())).iterator();
    return new RowStream(
        header.toList(),
        Integer.toString(lineStarts.lineOf(header)),
        new Lines(rest, records, lineStarts, sdmxLabels));
  }

  /** The data rows after the header: the rows read while finding it, then the rest of the file. */
  private static final class Lines implements Iterator<Table.Line> {
    private final Iterator<CSVRecord> buffered;
    private final Iterator<CSVRecord> records;
    private final LineIndex lineStarts;
    private final boolean sdmxLabels;
    private CSVRecord lastRead;
    private Table.Line next;
    private boolean done;

    Lines(
        Iterator<CSVRecord> buffered,
        Iterator<CSVRecord> records,
        LineIndex lineStarts,
        boolean sdmxLabels) {
      this.buffered = buffered;
      this.records = records;
      this.lineStarts = lineStarts;
      this.sdmxLabels = sdmxLabels;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        next = advance();
      }
      return next != null;
    }

    @Override
    public Table.Line next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Table.Line line = next;
      next = null;
      return line;
    }

    /** The next line, null for a skipped (blank or note) row or at the end. */
    private Table.Line advance() {
      CSVRecord record;
      try {
        if (buffered.hasNext()) {
          record = buffered.next();
        } else if (records.hasNext()) {
          record = records.next();
        } else {
          done = true;
          return null;
        }
      } catch (UncheckedIOException e) {
        done = true;
        String where = Long.toString(lineStarts.lineOf(lastRead) + 1);
        return new Table.BadRow(where, "-", "", Problem.UNREADABLE_FILE, e.getMessage());
      }
      lastRead = record;
      List<String> cells = List.of(record.values());
      if (HeaderFinder.isBlank(cells) || HeaderFinder.isNote(cells)) {
        return null;
      }
      if (sdmxLabels) {
        cells = cells.stream().map(CsvTableReader::sdmxCode).toList();
      }
      return new Table.Row(Integer.toString(lineStarts.lineOf(record)), cells);
    }
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
      int[] found = new int[1024];
      int count = 1;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = i + 1;
      }
      this.starts = Arrays.copyOf(found, count);
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
      for (int i = starts[index]; i < end; i++) {
        if (!Character.isWhitespace(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }
  }
}
