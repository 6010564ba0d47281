package io.planwatch.producers.ingest;

import static io.planwatch.producers.ingest.ReferenceFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.domain.model.Observation;
import io.planwatch.producers.ingest.normalize.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadRowsReportTest {
  private static final List<String> EXPECTED_REPORT =
      List.of(
          "bad-rows.csv:3: 指标=\"销售收入总计\": unknown indicator / 未知指标",
          "bad-rows.csv:4: 数值=\"12.3.4\": unparsable number / 无法解析的数值",
          "bad-rows.csv:5: 单位=\"万桶\": unknown unit / 未知单位",
          "bad-rows.csv:6: 时期=\"2022年1-8月\": period in the future / 时期晚于当前: now is 2022-07",
          "bad-rows.csv:7: 数值=\"\": empty value / 值为空",
          "bad-rows.csv:8: indicator|region|period|measure|revision=\"gdp|210112|2022-06|YTD_LEVEL|0\":"
              + " duplicated row / 重复行: same as line 2");

  @TempDir Path dir;

  private final IngestService service = new IngestService(ReferenceFixtures.reference());

  @Test
  void shouldReportEveryBadRowWithItsLineColumnValueAndReason() throws IOException {
    ParsedFile<Observation> parsed =
        service.parse(Fixtures.copy("bad-rows.csv", dir), IngestOptions.defaults(CLOCK));

    assertThat(RejectReport.lines(parsed)).containsExactlyElementsOf(EXPECTED_REPORT);
    assertThat(parsed.errors())
        .extracting(RowError::problem)
        .containsExactly(
            Problem.UNKNOWN_INDICATOR,
            Problem.UNPARSABLE_NUMBER,
            Problem.UNKNOWN_UNIT,
            Problem.FUTURE_PERIOD,
            Problem.EMPTY_VALUE,
            Problem.DUPLICATED_ROW);
  }

  @Test
  void shouldPublishNothingFromAFileWithBadRowsByDefault() throws IOException {
    ParsedFile<Observation> parsed =
        service.parse(Fixtures.copy("bad-rows.csv", dir), IngestOptions.defaults(CLOCK));

    assertThat(parsed.isClean()).isFalse();
    assertThat(parsed.records()).hasSize(1);
    assertThat(parsed.publishable()).isEmpty();
    assertThat(RejectReport.summary(parsed))
        .isEqualTo(
            "bad-rows.csv: 6 of 7 rows rejected, 6 errors; nothing published / 整个文件未发布 (6行被拒绝)");
  }

  @Test
  void shouldKeepValidRowsAndWriteTheRejectedRowsWhenSkippingInvalidOnes() throws IOException {
    ParsedFile<Observation> parsed =
        service.parse(
            Fixtures.copy("bad-rows.csv", dir),
            IngestOptions.defaults(CLOCK).withSkipInvalid(true));

    assertThat(parsed.publishable())
        .extracting(Observation::key)
        .containsExactly("gdp|210112|2022-06|YTD_LEVEL");
    Path rejected = RejectReport.writeRejectedCsv(parsed);

    assertThat(rejected.getFileName().toString()).isEqualTo("bad-rows.csv.rejected.csv");
    String text = Files.readString(rejected, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFline,指标,地区,时期,口径,数值,单位,reason");
    List<CSVRecord> records =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text.substring(1)))
            .getRecords();
    assertThat(records).hasSize(6);
    assertThat(records.get(0).get("line")).isEqualTo("3");
    assertThat(records.get(0).get("指标")).isEqualTo("销售收入总计");
    assertThat(records.get(0).get("reason")).isEqualTo("指标=\"销售收入总计\": unknown indicator / 未知指标");
    assertThat(records.get(2).get("单位")).isEqualTo("万桶");
  }

  @Test
  void shouldPrintTheSummaryThenOneLinePerError() throws IOException {
    ParsedFile<Observation> parsed =
        service.parse(Fixtures.copy("bad-rows.csv", dir), IngestOptions.defaults(CLOCK));
    StringBuilder out = new StringBuilder();

    RejectReport.print(parsed, out);

    assertThat(out.toString().lines().toList())
        .hasSize(7)
        .first()
        .asString()
        .startsWith("bad-rows.csv: 6 of 7 rows rejected");
    assertThat(out.toString().lines().skip(1).toList()).containsExactlyElementsOf(EXPECTED_REPORT);
  }
}
