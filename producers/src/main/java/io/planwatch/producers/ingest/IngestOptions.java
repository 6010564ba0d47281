package io.planwatch.producers.ingest;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * How to read one file. Nulls mean "detect" or "derive".
 *
 * @param format the format, or null to detect it
 * @param encoding the text encoding, or null to detect UTF-8 / GB18030
 * @param sheet the workbook sheet (name or 1-based number), or null for the first
 * @param defaultYear the year for periods written without one (1-6月), or null
 * @param skipInvalid whether valid rows may be published when others are rejected (otherwise a file
 *     is all or nothing)
 * @param clock the clock that says what is "in the future" and stamps {@code publishedAt}
 * @param releaseId the release id for rows without one, or null to derive it from the file name and
 *     content hash
 * @param publishedAt the publication time for rows without one, or null for the clock's now
 * @param source the source of rows without a source column (来源/source), or null for {@code
 *     file:<name>}
 */
public record IngestOptions(
    FileFormat format,
    Charset encoding,
    String sheet,
    Integer defaultYear,
    boolean skipInvalid,
    Clock clock,
    String releaseId,
    Instant publishedAt,
    String source) {
  public IngestOptions {
    Objects.requireNonNull(clock, "clock");
  }

  /** Detect everything, all or nothing, with this clock. */
  public static IngestOptions defaults(Clock clock) {
    return new IngestOptions(null, null, null, null, false, clock, null, null, null);
  }

  public IngestOptions withFormat(FileFormat value) {
    return new IngestOptions(
        value, encoding, sheet, defaultYear, skipInvalid, clock, releaseId, publishedAt, source);
  }

  public IngestOptions withEncoding(Charset value) {
    return new IngestOptions(
        format, value, sheet, defaultYear, skipInvalid, clock, releaseId, publishedAt, source);
  }

  public IngestOptions withSheet(String value) {
    return new IngestOptions(
        format, encoding, value, defaultYear, skipInvalid, clock, releaseId, publishedAt, source);
  }

  public IngestOptions withDefaultYear(Integer value) {
    return new IngestOptions(
        format, encoding, sheet, value, skipInvalid, clock, releaseId, publishedAt, source);
  }

  public IngestOptions withSkipInvalid(boolean value) {
    return new IngestOptions(
        format, encoding, sheet, defaultYear, value, clock, releaseId, publishedAt, source);
  }

  public IngestOptions withReleaseId(String value) {
    return new IngestOptions(
        format, encoding, sheet, defaultYear, skipInvalid, clock, value, publishedAt, source);
  }

  public IngestOptions withPublishedAt(Instant value) {
    return new IngestOptions(
        format, encoding, sheet, defaultYear, skipInvalid, clock, releaseId, value, source);
  }

  public IngestOptions withSource(String value) {
    return new IngestOptions(
        format, encoding, sheet, defaultYear, skipInvalid, clock, releaseId, publishedAt, value);
  }
}
