package io.planwatch.producers.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.planwatch.domain.model.Observation;
import io.planwatch.domain.model.ProjectUpdate;
import io.planwatch.producers.ingest.columns.Column;
import io.planwatch.producers.ingest.columns.ObservationColumns;
import io.planwatch.producers.ingest.columns.ProjectColumns;
import io.planwatch.producers.ingest.normalize.InvalidValueException;
import io.planwatch.producers.ingest.normalize.Problem;
import io.planwatch.producers.ingest.read.CsvTableReader;
import io.planwatch.producers.ingest.read.JsonLinesReader;
import io.planwatch.producers.ingest.read.JsonTree;
import io.planwatch.producers.ingest.read.RowStream;
import io.planwatch.producers.ingest.read.SdmxJsonReader;
import io.planwatch.producers.ingest.read.Table;
import io.planwatch.producers.ingest.read.TextDecoder;
import io.planwatch.producers.ingest.read.XlsxTableReader;
import io.planwatch.producers.ingest.validate.FileDefaults;
import io.planwatch.producers.ingest.validate.FileValidator;
import io.planwatch.producers.ingest.validate.ObservationAssembler;
import io.planwatch.producers.ingest.validate.ProjectAssembler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Reads a bureau's release or a project office's report into validated domain records: the entry
 * point of the {@code releases} and {@code projects} commands. Reading never publishes: the caller
 * publishes {@link ParsedFile#publishable()}, or what its {@link RecordSink} took when {@link
 * ParsedFile#mayPublish()}.
 */
public final class IngestService {
  private static final Set<FileFormat> PROJECT_FORMATS =
      Set.of(FileFormat.CSV, FileFormat.XLSX, FileFormat.JSON_LINES);

  private final ReferenceData reference;
  private final ObjectMapper mapper;

  public IngestService(ReferenceData reference) {
    this.reference = reference;
    // Numbers are read exactly; NaN and Infinity (as Python's json module writes them) and numbers
    // up to 10,000 characters (Jackson's default is 1,000) are read too, so that each is reported
    // as its row's bad value rather than as a broken file.
    this.mapper =
        JsonMapper.builder(
                JsonFactory.builder()
                    .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .streamReadConstraints(
                        StreamReadConstraints.builder().maxNumberLength(10_000).build())
                    .build())
            .addModule(JsonTree.module())
            .build();
  }

  /**
   * Reads a statistics release (CSV, XLSX, SDMX-CSV, SDMX-JSON or JSON lines), keeping its records.
   */
  public ParsedFile<Observation> parse(Path file, IngestOptions options) throws IOException {
    RecordSink.Collecting<Observation> sink = RecordSink.collecting();
    return parse(file, Files.readAllBytes(file), options, sink).withRecords(sink.records());
  }

  /**
   * Reads a statistics release, its bytes read by the caller, row by row, handing the record of
   * each valid row to {@code sink} as it is read; the result has the errors and counts, and no
   * records.
   */
  public ParsedFile<Observation> parse(
      Path file, byte[] bytes, IngestOptions options, RecordSink<? super Observation> sink)
      throws IOException {
    return read(
        file,
        bytes,
        options,
        ObservationColumns.ALL,
        Set.of(FileFormat.values()),
        (defaults, rows) -> new ObservationAssembler(reference, defaults).validate(rows, sink));
  }

  /** Reads a project-office report (CSV, XLSX or JSON lines), keeping its records. */
  public ParsedFile<ProjectUpdate> parseProjects(Path file, IngestOptions options)
      throws IOException {
    RecordSink.Collecting<ProjectUpdate> sink = RecordSink.collecting();
    return parseProjects(file, Files.readAllBytes(file), options, sink).withRecords(sink.records());
  }

  /** Reads a project-office report row by row, handing valid rows' records to {@code sink}. */
  public ParsedFile<ProjectUpdate> parseProjects(
      Path file, byte[] bytes, IngestOptions options, RecordSink<? super ProjectUpdate> sink)
      throws IOException {
    return read(
        file,
        bytes,
        options,
        ProjectColumns.ALL,
        PROJECT_FORMATS,
        (defaults, rows) -> new ProjectAssembler(reference, defaults).validate(rows, sink));
  }

  private <T> ParsedFile<T> read(
      Path file,
      byte[] bytes,
      IngestOptions options,
      List<Column> columns,
      Set<FileFormat> allowed,
      BiFunction<FileDefaults, RowStream, FileValidator.Outcome> validator)
      throws IOException {
    String name = file.getFileName().toString();
    FileFormat format = format(name, bytes, options);
    RowStream rows =
        allowed.contains(format)
            ? rows(format, bytes, options, columns)
            : unreadable("1", "read as " + format.cliName() + "; this takes " + names(allowed))
                .stream();
    String releaseId =
        options.releaseId() != null ? options.releaseId() : ReleaseIds.derive(name, bytes);
    FileDefaults defaults =
        new FileDefaults(
            name,
            releaseId,
            options.publishedAt() != null ? options.publishedAt() : options.clock().instant(),
            options.source() != null ? options.source() : "file:" + name,
            options.clock(),
            options.defaultYear());
    FileValidator.Outcome outcome;
    try (RowStream open = rows) {
      outcome = validator.apply(defaults, open);
    }
    return new ParsedFile<>(
        file,
        format,
        releaseId,
        outcome.rowCount(),
        List.of(),
        outcome.recordCount(),
        outcome.errors(),
        outcome.header(),
        outcome.rejectedRows(),
        outcome.ignoredColumns(),
        options.skipInvalid());
  }

  /**
   * About how many data rows a file holds, before it is read, for progress: its line breaks in a
   * text format (less the header of a CSV file; a quoted cell may hold more), 0 when unknown (a
   * workbook, an SDMX-JSON message).
   */
  public static long expectedRows(Path file, byte[] bytes, IngestOptions options) {
    FileFormat format = format(file.getFileName().toString(), bytes, options);
    if (format == FileFormat.XLSX || format == FileFormat.SDMX_JSON) {
      return 0;
    }
    long lines = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        lines++;
      }
    }
    if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
      lines++; // the last line has no line break
    }
    return format == FileFormat.JSON_LINES ? lines : Math.max(0, lines - 1);
  }

  private static FileFormat format(String name, byte[] bytes, IngestOptions options) {
    return options.format() != null
        ? options.format()
        : FileFormat.detect(name, Arrays.copyOf(bytes, Math.min(bytes.length, 4096)));
  }

  private RowStream rows(
      FileFormat format, byte[] bytes, IngestOptions options, List<Column> columns)
      throws IOException {
    try {
      return switch (format) {
        case CSV, SDMX_CSV ->
            // Decoded and parsed as the rows are validated, never the whole text at once; parsing
            // the next rows overlaps with validating these (a million-row file).
            CsvTableReader.stream(
                    TextDecoder.reader(bytes, options.encoding()),
                    columns,
                    format == FileFormat.SDMX_CSV)
                .readAhead("planwatch-read-csv");
        case XLSX ->
            XlsxTableReader.read(new ByteArrayInputStream(bytes), options.sheet(), columns)
                .stream();
        case SDMX_JSON ->
            SdmxJsonReader.read(
                mapper.readTree(TextDecoder.decode(bytes, options.encoding()).text()))
                .stream();
        case JSON_LINES ->
            JsonLinesReader.read(TextDecoder.decode(bytes, options.encoding()).text(), mapper)
                .stream();
      };
    } catch (JsonProcessingException e) {
      String line =
          Integer.toString(e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr()));
      return Table.unreadable(line, Problem.INVALID_JSON, e.getOriginalMessage()).stream();
    } catch (InvalidValueException e) {
      return unreadable("1", e.detail()).stream();
    } catch (IOException | RuntimeException e) {
      // POI signals a damaged or encrypted workbook with unchecked exceptions of its own.
      return unreadable("1", e.getClass().getSimpleName() + ": " + e.getMessage()).stream();
    }
  }

  private static String names(Set<FileFormat> formats) {
    return formats.stream().sorted().map(FileFormat::cliName).collect(Collectors.joining(", "));
  }

  private static Table unreadable(String where, String detail) {
    return Table.unreadable(where, Problem.UNREADABLE_FILE, detail);
  }
}
