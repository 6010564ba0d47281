package io.planwatch.producers.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the records of a file's valid rows go as the file is read, in file order. The sink is told
 * of each rejected row as it is found, and a file found unreadable part of the way through keeps
 * nothing: the sink is then cleared.
 *
 * @param <T> the domain record
 */
public interface RecordSink<T> {
  /** Takes the record of a valid row. */
  void accept(T record);

  /** Forgets every record taken so far. */
  void clear();

  /**
   * A row was rejected (its errors are in the file's outcome): unless invalid rows are skipped, the
   * file is not to be published. Reading goes on, so that the report lists every bad row.
   */
  default void rejected() {}

  /** A sink that keeps nothing: for a file read only for its report and counts. */
  static <T> RecordSink<T> discarding() {
    return new RecordSink<>() {
      @Override
      public void accept(T record) {}

      @Override
      public void clear() {}
    };
  }

  /** A sink that keeps the records in a list. */
  static <T> Collecting<T> collecting() {
    return new Collecting<>();
  }

  /** Keeps the records in memory, for small files and tests. */
  final class Collecting<T> implements RecordSink<T> {
    private final List<T> records = new ArrayList<>();

    private Collecting() {}

    @Override
    public void accept(T record) {
      records.add(record);
    }

    @Override
    public void clear() {
      records.clear();
    }

    /** The records taken, in order. */
    public List<T> records() {
      return records;
    }
  }
}
