package io.planwatch.producers.ingest.read;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A file's header and its data rows, read one at a time: the rows of a large CSV file are parsed as
 * they are validated and never all held at once. A file that turns out unreadable part of the way
 * through (an unbalanced quote) ends with a {@link Table.BadRow} whose problem is {@code
 * UNREADABLE_FILE}.
 *
 * @param header the header cells as written
 * @param headerLocation where the header is, for file-level errors
 * @param lines the data rows and the rows that could not be read into cells, in file order
 * @param onClose what {@link #close()} releases (a read-ahead thread)
 */
public record RowStream(
    List<String> header, String headerLocation, Iterator<Table.Line> lines, Runnable onClose)
    implements AutoCloseable {
  public RowStream {
    header = List.copyOf(header);
    Objects.requireNonNull(headerLocation, "headerLocation");
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(onClose, "onClose");
  }

  /** Rows that hold nothing to release. */
  public RowStream(List<String> header, String headerLocation, Iterator<Table.Line> lines) {
    this(header, headerLocation, lines, () -> {});
  }

  /**
   * The same rows, parsed ahead on a thread called {@code threadName} while the caller validates
   * the rows before them; {@link #close()} stops that thread.
   */
  public RowStream readAhead(String threadName) {
    ReadAhead<Table.Line> ahead = ReadAhead.start(lines, threadName);
    return new RowStream(
        header,
        headerLocation,
        ahead,
        () -> {
          ahead.close();
          onClose.run();
        });
  }

  /** Releases what reading holds; the rows not read yet are dropped. */
  @Override
  public void close() {
    onClose.run();
  }
}
