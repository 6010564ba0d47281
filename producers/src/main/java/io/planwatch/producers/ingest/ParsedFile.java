package io.planwatch.producers.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of reading one file: the valid records and every error. A file is all or nothing:
 * {@link #publishable()} is empty while there are errors, unless {@code skipInvalid} was asked for.
 *
 * @param file the file read
 * @param format the format it was read as
 * @param releaseId the file-level release id (given, or derived from name and content hash)
 * @param rowCount how many data rows the file has
 * @param records the records of the valid rows, in file order, when they were kept ({@link
 *     IngestService#parse(Path, IngestOptions)}); empty when they went to a {@link RecordSink}
 * @param recordCount how many valid rows there are (records kept or handed to the sink)
 * @param errors every error, in file order
 * @param header the header as written in the file
 * @param rejectedRows the original cells of each row with errors, by location (no cells for a row
 *     that could not be read)
 * @param ignoredColumns headers that name no known column
 * @param skipInvalid whether valid rows may be published despite errors
 */
public record ParsedFile<T>(
    Path file,
    FileFormat format,
    String releaseId,
    int rowCount,
    List<T> records,
    int recordCount,
    List<RowError> errors,
    List<String> header,
    Map<String, List<String>> rejectedRows,
    List<String> ignoredColumns,
    boolean skipInvalid) {
  public ParsedFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(releaseId, "releaseId");
    records = List.copyOf(records);
    errors = List.copyOf(errors);
    header = List.copyOf(header);
    rejectedRows = Map.copyOf(rejectedRows);
    ignoredColumns = List.copyOf(ignoredColumns);
  }

  /** The same with the records that were handed to a sink. */
  public ParsedFile<T> withRecords(List<T> kept) {
    return new ParsedFile<>(
        file,
        format,
        releaseId,
        rowCount,
        kept,
        kept.size(),
        errors,
        header,
        rejectedRows,
        ignoredColumns,
        skipInvalid);
  }

  /** Whether the valid rows may be published: every row is valid, or invalid ones are skipped. */
  public boolean mayPublish() {
    return isClean() || skipInvalid;
  }

  /** Whether every row is valid. */
  public boolean isClean() {
    return errors.isEmpty();
  }

  /** What may be published: every record when clean or skipping invalid rows, else nothing. */
  public List<T> publishable() {
    return mayPublish() ? records : List.of();
  }
}
