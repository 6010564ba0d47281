package io.planwatch.producers.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.domain.model.Observation;
import io.planwatch.producers.ingest.normalize.Problem;
import io.planwatch.producers.testing.ReleaseFiles;
import io.planwatch.producers.testing.ReleaseFiles.Row;
import io.planwatch.producers.testing.ReleaseFiles.Written;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random cell contents through each reader and the validation the {@code releases} command runs
 * ({@link IngestService#parse(Path, byte[], IngestOptions, RecordSink)}): the outcome is always a
 * report of rejected rows (file, line, column, reason) or validated rows, never an exception; every
 * row is accounted for; a figure written in an accepted form reads as its value, and NaN, Infinity,
 * overflow, underflow, placeholders and refused forms are the row's error on the value column. Each
 * try writes one file of {@value #ROWS} rows, so each property covers {@code tries × ROWS} (at
 * least 100,000) cells.
 */
class ReaderCellProperties {
  private static final int ROWS = 400;
  private static final int WORKBOOK_ROWS = 1000;

  /** Problems a file of well-formed rows must never show: they would hide its rows. */
  private static final Set<Problem> FILE_PROBLEMS =
      EnumSet.of(
          Problem.UNREADABLE_FILE,
          Problem.INVALID_JSON,
          Problem.INVALID_SDMX,
          Problem.MISSING_COLUMN,
          Problem.INVALID_RECORD);

  private final IngestService service = new IngestService(ReferenceFixtures.reference());

  @Property(tries = 250)
  void shouldReportOrAcceptEveryCellOfAUtf8Csv(@ForAll("rows") List<Row> rows) throws IOException {
    check("release.csv", ReleaseFiles.csv(rows, false), rows, ReleaseFiles.VALUE, FileFormat.CSV);
  }

  @Property(tries = 250)
  void shouldReportOrAcceptEveryCellOfAGbkCsv(@ForAll("rows") List<Row> rows) throws IOException {
    check(
        "release.csv",
        ReleaseFiles.csv(rows, true),
        ReleaseFiles.throughGbk(rows),
        ReleaseFiles.VALUE,
        FileFormat.CSV);
  }

  @Property(tries = 100)
  void shouldReportOrAcceptEveryCellOfAWorkbook(@ForAll("workbookRows") List<Row> rows)
      throws IOException {
    check("release.xlsx", ReleaseFiles.xlsx(rows), rows, ReleaseFiles.VALUE, FileFormat.XLSX);
  }

  @Property(tries = 250)
  void shouldReportOrAcceptEveryCellOfAnSdmxCsv(@ForAll("rows") List<Row> rows) throws IOException {
    check(
        "release.csv",
        ReleaseFiles.sdmxCsv(rows),
        rows,
        ReleaseFiles.SDMX_VALUE,
        FileFormat.SDMX_CSV);
  }

  @Property(tries = 250)
  void shouldReportOrAcceptEveryCellOfAnSdmxJson(@ForAll("rows") List<Row> rows)
      throws IOException {
    check(
        "release.json",
        ReleaseFiles.sdmxJson(rows),
        rows,
        ReleaseFiles.SDMX_VALUE,
        FileFormat.SDMX_JSON);
  }

  @Provide
  Arbitrary<List<Row>> rows() {
    return ReleaseFiles.rows().list().ofSize(ROWS);
  }

  @Provide
  Arbitrary<List<Row>> workbookRows() {
    return ReleaseFiles.workbookRows().list().ofSize(WORKBOOK_ROWS);
  }

  private void check(
      String name, Written file, List<Row> rows, String valueColumn, FileFormat format)
      throws IOException {
    RecordSink.Collecting<Observation> sink = RecordSink.collecting();
    ParsedFile<Observation> parsed =
        service.parse(
            Path.of(name), file.bytes(), IngestOptions.defaults(ReferenceFixtures.CLOCK), sink);

    assertThat(parsed.format()).isEqualTo(format);
    assertThat(parsed.errors())
        .as("no error of the whole file")
        .noneMatch(e -> FILE_PROBLEMS.contains(e.problem()));
    assertThat(parsed.rowCount()).isEqualTo(rows.size());
    assertThat(sink.records().size() + parsed.rejectedRows().size())
        .as("every row is a record or rejected")
        .isEqualTo(rows.size());
    Set<String> locations = new HashSet<>(file.locations());
    for (RowError error : parsed.errors()) {
      assertThat(error.file()).isEqualTo(name);
      assertThat(error.line()).isIn(locations);
      assertThat(error.column()).isNotBlank();
      assertThat(error.reason()).isNotBlank();
    }
    Map<String, List<RowError>> errorsByLine =
        parsed.errors().stream().collect(Collectors.groupingBy(RowError::line));
    assertThat(errorsByLine.keySet()).isEqualTo(parsed.rejectedRows().keySet());
    Map<Integer, Observation> byRevision = new HashMap<>();
    sink.records().forEach(o -> byRevision.put(o.revision(), o));
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      String where = file.locations().get(i);
      String shown = "row " + i + " at " + where + ": " + row;
      Observation record = byRevision.get(i);
      // A record, or a rejection, never both.
      assertThat(record == null).as(shown).isEqualTo(parsed.rejectedRows().containsKey(where));
      if (row.mustBeRefused()) {
        assertThat(errorsByLine.get(where)).as(shown).isNotNull();
        if (row.number() == null && row.value().problem() != null) {
          assertThat(errorsByLine.get(where))
              .as(shown)
              .anyMatch(
                  e -> e.problem() == row.value().problem() && e.column().equals(valueColumn));
        }
      } else if (row.expectedValue() != null) {
        BigDecimal expected = row.expectedValue();
        assertThat(record).as(shown + " " + errorsByLine.get(where)).isNotNull();
        assertThat(record.value()).as(shown).isEqualTo(expected.doubleValue());
      }
    }
  }
}
