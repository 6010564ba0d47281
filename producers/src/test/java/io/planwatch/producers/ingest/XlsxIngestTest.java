package io.planwatch.producers.ingest;

import static io.planwatch.producers.ingest.ReferenceFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.domain.model.Observation;
import io.planwatch.domain.model.Period;
import io.planwatch.producers.ingest.normalize.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxIngestTest {
  @TempDir Path dir;

  private final IngestService service = new IngestService(ReferenceFixtures.reference());

  @Test
  void shouldFindTheHeaderUnderTheMergedTitleAndReadMergedNamesNumbersPercentsAndDates()
      throws IOException {
    ParsedFile<Observation> parsed =
        service.parse(Fixtures.copy("hunnan-2022-06.xlsx", dir), IngestOptions.defaults(CLOCK));

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.format()).isEqualTo(FileFormat.XLSX);
    assertThat(parsed.header()).containsExactly("指标", "地区代码", "时期", "口径", "数值", "单位", "发布时间");
    assertThat(parsed.records())
        .extracting(Observation::key)
        .containsExactly(
            "gdp|210112|2022-06|YTD_LEVEL",
            "gdp|210112|2022-06|YTD_GROWTH",
            "industrial_value_added|210112|2022-06|YTD_GROWTH",
            "urban_unemployment_rate|210112|2022-06|RATE");
    assertThat(parsed.records())
        .extracting(Observation::value)
        .containsExactly(345.6, 2.1, 8.2, 5.2);
    assertThat(parsed.records().get(0).publishedAt())
        .isEqualTo(Instant.parse("2022-07-17T16:00:00Z"));
    assertThat(parsed.records().get(0).period()).isEqualTo(new Period(2022, 6));
  }

  @Test
  void shouldReportTheExcelRowNumberOfABadRow() throws IOException {
    Path copy = Fixtures.copy("hunnan-2022-06.xlsx", dir);
    ReferenceData withoutUnemployment =
        new InMemoryReferenceData(
            java.util.List.of(ReferenceFixtures.GDP, ReferenceFixtures.INDUSTRIAL_VALUE_ADDED),
            java.util.List.of(ReferenceFixtures.HUNNAN),
            null);

    ParsedFile<Observation> parsed =
        new IngestService(withoutUnemployment).parse(copy, IngestOptions.defaults(CLOCK));

    assertThat(RejectReport.lines(parsed))
        .containsExactly("hunnan-2022-06.xlsx:7: 指标=\"城镇调查失业率\": unknown indicator / 未知指标");
  }

  @Test
  void shouldReadAChosenSheetAndNameTheSheetsWhenItDoesNotExist() throws IOException {
    Path copy = Fixtures.copy("hunnan-2022-06.xlsx", dir);

    ParsedFile<Observation> byName =
        service.parse(copy, IngestOptions.defaults(CLOCK).withSheet("1-6月"));
    ParsedFile<Observation> missing =
        service.parse(copy, IngestOptions.defaults(CLOCK).withSheet("7月"));

    assertThat(byName.records()).hasSize(4);
    assertThat(missing.errors())
        .extracting(RowError::problem)
        .containsExactly(Problem.UNREADABLE_FILE);
    assertThat(missing.errors().get(0).reason()).contains("no sheet 7月 (sheets: 1-6月, 说明)");
  }

  @Test
  void shouldReportAFileThatIsNotAWorkbook() throws IOException {
    Path fake = dir.resolve("fake.xlsx");
    java.nio.file.Files.writeString(fake, "not a workbook");

    ParsedFile<Observation> parsed = service.parse(fake, IngestOptions.defaults(CLOCK));

    assertThat(parsed.errors())
        .extracting(RowError::problem)
        .containsExactly(Problem.UNREADABLE_FILE);
    assertThat(parsed.publishable()).isEmpty();
  }
}
