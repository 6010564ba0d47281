package io.planwatch.producers.ingest.read;

import io.planwatch.producers.ingest.columns.Column;
import io.planwatch.producers.ingest.normalize.Problem;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
  /** The longest first line the delimiter is guessed from. */
  private static final int FIRST_LINE_LIMIT = 1 << 16;

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
    return stream(new StringReader(text), columns, sdmxLabels);
  }

  /**
   * Reads a table row by row from a stream of characters (BOM removed), never holding the whole
   * text: the header is found among the first rows, the data rows are parsed as the stream is read.
   * A parse error after the first rows ends the stream with an unreadable row at the line after the
   * last record read.
   *
   * @param text the decoded file
   * @param columns the columns the header is matched against (to find it under title lines)
   * @param sdmxLabels whether cells may be SDMX-CSV "code: label" pairs (only the code is kept)
   */
  public static RowStream stream(Reader text, List<Column> columns, boolean sdmxLabels) {
    List<CSVRecord> first = new ArrayList<>();
    Iterator<CSVRecord> records;
    LineIndex lineStarts = null;
    try {
      BufferedReader buffered = new BufferedReader(text, FIRST_LINE_LIMIT);
      CSVFormat format =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(delimiter(firstLine(buffered)))
              .setIgnoreEmptyLines(true)
              .setIgnoreSurroundingSpaces(true)
              .get();
      lineStarts = new LineIndex(buffered);
      records = CSVParser.parse(lineStarts, format).iterator();
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
        new Lines(rest, records, lineStarts, sdmxLabels, last(first)));
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
        boolean sdmxLabels,
        CSVRecord lastRead) {
      this.buffered = buffered;
      this.records = records;
      this.lineStarts = lineStarts;
      this.sdmxLabels = sdmxLabels;
      this.lastRead = lastRead;
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

  /** The first line (at most {@value #FIRST_LINE_LIMIT} characters), the reader left unmoved. */
  private static String firstLine(BufferedReader text) throws IOException {
    text.mark(FIRST_LINE_LIMIT);
    StringBuilder line = new StringBuilder();
    for (int c = text.read(); c >= 0 && c != '\n' && line.length() < FIRST_LINE_LIMIT - 1; ) {
      line.append((char) c);
      c = text.read();
    }
    text.reset();
    return line.toString();
  }

  private static char delimiter(String firstLine) {
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

  /**
   * Physical line numbers of records, noted while the parser reads the text through it: where each
   * line starts and which lines are blank (a record's position may point at blank lines before it).
   */
  private static final class LineIndex extends FilterReader {
    private int[] starts = new int[1024];
    private int count = 1;
    private final BitSet blank = new BitSet();
    private boolean currentBlank = true;
    private int position;

    LineIndex(Reader text) {
      super(text);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        see((char) c);
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      for (int i = offset; i < offset + read; i++) {
        see(buffer[i]);
      }
      return read;
    }

    private void see(char c) {
      position++;
      if (c == '\n') {
        blank.set(count - 1, currentBlank);
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = position;
        currentBlank = true;
      } else if (currentBlank && !Character.isWhitespace(c)) {
        currentBlank = false;
      }
    }

    /** The 1-based physical line a record starts on. */
    int lineOf(CSVRecord record) {
      int found = Arrays.binarySearch(starts, 0, count, (int) record.getCharacterPosition());
      int index = found >= 0 ? found : -found - 2;
      while (index + 1 < count && isBlank(index)) {
        index++;
      }
      return index + 1;
    }

    private boolean isBlank(int index) {
      return index < count - 1 ? blank.get(index) : currentBlank;
    }
  }
}
