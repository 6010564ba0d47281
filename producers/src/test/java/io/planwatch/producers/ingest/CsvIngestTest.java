package io.planwatch.producers.ingest;

import static io.planwatch.producers.ingest.ReferenceFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.Observation;
import io.planwatch.domain.model.ObservationStatus;
import io.planwatch.domain.model.Period;
import io.planwatch.domain.model.PriceBasis;
import io.planwatch.domain.model.Region;
import io.planwatch.domain.model.RegionKind;
import io.planwatch.producers.ingest.normalize.Problem;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvIngestTest {
  @TempDir Path dir;

  private final IngestService service = new IngestService(ReferenceFixtures.reference());

  @Test
  void shouldReadGbkCsvWithChineseHeadersWithoutBeingToldTheEncoding() throws IOException {
    Path file = Fixtures.copy("shenyang-2022-06-gbk.csv", dir);
    assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).doesNotContain("指标");

    ParsedFile<Observation> parsed = service.parse(file, IngestOptions.defaults(CLOCK));

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.format()).isEqualTo(FileFormat.CSV);
    assertThat(parsed.records()).hasSize(7);
    Observation gdp = parsed.records().get(0);
    assertThat(gdp.indicatorCode()).isEqualTo("gdp");
    assertThat(gdp.regionCode()).isEqualTo("210100");
    assertThat(gdp.period()).isEqualTo(new Period(2022, 6));
    assertThat(gdp.frequency()).isEqualTo(Frequency.QUARTERLY);
    assertThat(gdp.measure()).isEqualTo(Measure.YTD_LEVEL);
    assertThat(gdp.value()).isEqualTo(3446.7);
    assertThat(gdp.unit()).isEqualTo("亿元");
    assertThat(gdp.status()).isEqualTo(ObservationStatus.PROVISIONAL);
    assertThat(gdp.releaseId()).matches("shenyang-2022-06-gbk-[0-9a-f]{12}");
    assertThat(gdp.publishedAt()).isEqualTo(CLOCK.instant());
    assertThat(gdp.source()).isEqualTo("file:shenyang-2022-06-gbk.csv");
  }

  @Test
  void shouldNormaliseFullWidthSignsPercentGrowthAndSmallerUnits() throws IOException {
    ParsedFile<Observation> parsed =
        service.parse(
            Fixtures.copy("shenyang-2022-06-gbk.csv", dir), IngestOptions.defaults(CLOCK));

    Observation gdpGrowth = parsed.records().get(1);
    assertThat(gdpGrowth.measure()).isEqualTo(Measure.YTD_GROWTH);
    assertThat(gdpGrowth.value()).isEqualTo(-1.5);
    assertThat(gdpGrowth.unit()).isEqualTo("%");
    assertThat(gdpGrowth.priceBasis()).isEqualTo(PriceBasis.COMPARABLE);
    assertThat(parsed.records().get(3).value()).isEqualTo(8.2);
    Observation unemployment = parsed.records().get(4);
    assertThat(unemployment.status()).isEqualTo(ObservationStatus.FINAL);
    assertThat(unemployment.priceBasis()).isEqualTo(PriceBasis.NOT_APPLICABLE);
    Observation retail = parsed.records().get(5);
    assertThat(retail.regionCode()).isEqualTo("210102");
    assertThat(retail.value()).isCloseTo(123.4567, within(1e-9));
    assertThat(retail.unit()).isEqualTo("亿元");
    Observation fdi = parsed.records().get(6);
    assertThat(fdi.value()).isCloseTo(0.85, within(1e-9));
    assertThat(fdi.unit()).isEqualTo("亿美元");
    assertThat(fdi.status()).isEqualTo(ObservationStatus.REVISED);
  }

  @Test
  void shouldReadUtf8CsvWithBomAndEnglishHeaders() throws IOException {
    ParsedFile<Observation> parsed =
        service.parse(Fixtures.copy("hunnan-2022-06-en.csv", dir), IngestOptions.defaults(CLOCK));

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.ignoredColumns()).containsExactly("comment");
    assertThat(parsed.records())
        .extracting(Observation::key)
        .containsExactly(
            "gdp|210112|2022-06|YTD_LEVEL",
            "industrial_value_added|210112|2022-06|YTD_GROWTH",
            "urban_unemployment_rate|210100|2022-06|RATE",
            "retail_sales|210102|2022-05|YTD_LEVEL");
    Observation gdp = parsed.records().get(0);
    assertThat(gdp.value()).isEqualTo(345.6);
    assertThat(gdp.publishedAt()).isEqualTo(Instant.parse("2022-07-18T02:00:00Z"));
    Observation revised = parsed.records().get(3);
    assertThat(revised.revision()).isEqualTo(1);
    assertThat(revised.status()).isEqualTo(ObservationStatus.REVISED);
    assertThat(parsed.records().get(2).publishedAt())
        .isEqualTo(Instant.parse("2022-07-18T02:00:00Z"));
  }

  @Test
  void shouldDeriveTheSameReleaseIdForTheSameFileAndANewOneWhenItChanges() throws IOException {
    Path file = Fixtures.copy("hunnan-2022-06-en.csv", dir);
    String first = service.parse(file, IngestOptions.defaults(CLOCK)).releaseId();
    String again = service.parse(file, IngestOptions.defaults(CLOCK)).releaseId();
    Files.writeString(file, "\n", StandardOpenOption.APPEND);
    String changed = service.parse(file, IngestOptions.defaults(CLOCK)).releaseId();

    assertThat(again).isEqualTo(first);
    assertThat(changed).isNotEqualTo(first).startsWith("hunnan-2022-06-en-");
  }

  @Test
  void shouldTakeTheYearOfShortPeriodsFromTheOptionsAndTheReleaseIdFromAColumn()
      throws IOException {
    Path file = dir.resolve("short.csv");
    Files.writeString(
        file,
        "指标,地区,时期,数值,发布号,修订\n"
            + "社会消费品零售总额,浑南区,1-6月,88.8,SY-2022-06,0\n"
            + "社会消费品零售总额,浑南区,1-5月,77.7,SY-2022-06-R1,1\n");

    ParsedFile<Observation> parsed =
        service.parse(file, IngestOptions.defaults(CLOCK).withDefaultYear(2022));

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.records())
        .extracting(Observation::period, Observation::releaseId, Observation::status)
        .containsExactly(
            tuple(new Period(2022, 6), "SY-2022-06", ObservationStatus.PROVISIONAL),
            tuple(new Period(2022, 5), "SY-2022-06-R1", ObservationStatus.REVISED));
  }

  @Test
  void shouldTakeEachRowsSourceFromTheSourceColumnAndTheFileNameWhereItIsBlank()
      throws IOException {
    Path file = dir.resolve("with-source.csv");
    Files.writeString(
        file,
        "指标,地区,时期,数值,来源\n"
            + "地区生产总值,浑南区,2022年6月,300.5,simulated:seed=42\n"
            + "地区生产总值,和平区,2022年6月,400.5,\n");

    ParsedFile<Observation> parsed = service.parse(file, IngestOptions.defaults(CLOCK));

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.ignoredColumns()).isEmpty();
    assertThat(parsed.records())
        .extracting(Observation::source)
        .containsExactly("simulated:seed=42", "file:with-source.csv");
  }

  @Test
  void shouldRejectAShortPeriodWhenNoYearIsKnown() throws IOException {
    Path file = dir.resolve("no-year.csv");
    Files.writeString(file, "指标,地区,时期,数值\n社会消费品零售总额,浑南区,1-6月,88.8\n");

    ParsedFile<Observation> parsed = service.parse(file, IngestOptions.defaults(CLOCK));

    assertThat(RejectReport.lines(parsed))
        .containsExactly(
            "no-year.csv:2: 时期=\"1-6月\": unparsable period / 无法解析的时期:"
                + " no year: add a year column (年份) or pass --year");
  }

  @Test
  void shouldReportMissingColumnsAgainstTheHeaderLine() throws IOException {
    Path file = dir.resolve("missing.csv");
    Files.writeString(file, "指标,地区,数值\n地区生产总值,浑南区,1\n");

    ParsedFile<Observation> parsed = service.parse(file, IngestOptions.defaults(CLOCK));

    assertThat(parsed.records()).isEmpty();
    assertThat(parsed.errors()).hasSize(1);
    assertThat(parsed.errors().get(0).describe())
        .startsWith("missing.csv:1: period=\"\": missing column / 缺少列: one of 时期");
  }

  @Test
  void shouldRejectMeasuresTheIndicatorIsNotReportedIn() throws IOException {
    Path file = dir.resolve("measure.csv");
    Files.writeString(file, "指标,地区,时期,口径,数值\n城镇调查失业率,沈阳市,2022年6月,累计值,5.9\n");

    ParsedFile<Observation> parsed = service.parse(file, IngestOptions.defaults(CLOCK));

    assertThat(RejectReport.lines(parsed))
        .containsExactly(
            "measure.csv:2: 口径=\"累计值\": measure not valid for the indicator / 口径不适用于该指标:"
                + " urban_unemployment_rate takes [RATE]");
  }

  @Test
  void shouldRefuseCurrencyConversionAndQuarterlyIndicatorsInOddMonths() throws IOException {
    Path file = dir.resolve("units.csv");
    Files.writeString(
        file,
        "指标,地区,时期,数值,单位\n" + "地区生产总值,浑南区,2022年1-5月,300,亿元\n" + "社会消费品零售总额,浑南区,2022年1-6月,12,亿美元\n");

    ParsedFile<Observation> parsed = service.parse(file, IngestOptions.defaults(CLOCK));

    assertThat(RejectReport.lines(parsed))
        .containsExactly(
            "units.csv:2: 时期=\"2022年1-5月\": period does not fit the indicator's frequency"
                + " / 时期与指标频率不符: gdp is QUARTERLY",
            "units.csv:3: 单位=\"亿美元\": unit cannot be converted / 单位无法换算: 亿美元 → 亿元 is a"
                + " currency conversion, which is not done here: give the figure in 亿元 / 不做汇率换算,"
                + " 请以亿元填报");
  }

  @Test
  void shouldReportRegionColumnsThatDisagree() throws IOException {
    Path file = dir.resolve("regions.csv");
    Files.writeString(file, "指标,地区,地区代码,时期,数值\n社会消费品零售总额,浑南区,210102,2022年1-6月,12\n");

    ParsedFile<Observation> parsed = service.parse(file, IngestOptions.defaults(CLOCK));

    assertThat(RejectReport.lines(parsed))
        .containsExactly(
            "regions.csv:2: 地区代码=\"210102\": columns disagree / 列之间不一致: 地区 is 210112,"
                + " 地区代码 is 210102");
  }

  @Test
  void shouldJudgeFuturePeriodsByTheCalendarInShanghai() throws IOException {
    Path file = dir.resolve("new-year.csv");
    Files.writeString(file, "指标,地区,时期,数值\n城镇调查失业率,沈阳市,2023年1月,5.5\n");
    Clock newYearInShanghaiStillDecemberInUtc =
        Clock.fixed(Instant.parse("2022-12-31T16:30:00Z"), ZoneOffset.UTC);
    Clock newYearsEveInShanghai =
        Clock.fixed(Instant.parse("2022-12-31T15:30:00Z"), ZoneOffset.UTC);

    ParsedFile<Observation> accepted =
        service.parse(file, IngestOptions.defaults(newYearInShanghaiStillDecemberInUtc));
    ParsedFile<Observation> rejected =
        service.parse(file, IngestOptions.defaults(newYearsEveInShanghai));

    assertThat(accepted.errors()).isEmpty();
    assertThat(RejectReport.lines(rejected))
        .containsExactly(
            "new-year.csv:2: 时期=\"2023年1月\": period in the future / 时期晚于当前: now is 2022-12");
  }

  @Test
  void shouldReadWithAGivenEncodingInsteadOfDetectingIt() throws IOException {
    Path file = Fixtures.copy("shenyang-2022-06-gbk.csv", dir);

    ParsedFile<Observation> asGbk =
        service.parse(file, IngestOptions.defaults(CLOCK).withEncoding(Charset.forName("GBK")));
    ParsedFile<Observation> asLatin1 =
        service.parse(
            file, IngestOptions.defaults(CLOCK).withEncoding(StandardCharsets.ISO_8859_1));

    assertThat(asGbk.records()).hasSize(7);
    assertThat(asLatin1.records()).isEmpty();
    assertThat(asLatin1.errors()).extracting(RowError::problem).contains(Problem.MISSING_COLUMN);
  }

  @Test
  void shouldUseTheFormatGivenInsteadOfDetectingIt() throws IOException {
    Path file = dir.resolve("release.txt");
    Files.writeString(file, "指标\t地区\t时期\t数值\n社会消费品零售总额\t浑南区\t2022年1-6月\t88.8\n");

    ParsedFile<Observation> parsed =
        service.parse(file, IngestOptions.defaults(CLOCK).withFormat(FileFormat.CSV));

    assertThat(parsed.format()).isEqualTo(FileFormat.CSV);
    assertThat(parsed.records()).extracting(Observation::value).containsExactly(88.8);
  }

  @Test
  void shouldReportEveryProblemOfARowOnItsOneLine() throws IOException {
    Path file = dir.resolve("several.csv");
    Files.writeString(file, "指标,地区,时期,数值,单位,修订\n地区生产总值,皇姑区,2022年1-6月,abc,亿美元,-1\n");

    ParsedFile<Observation> parsed = service.parse(file, IngestOptions.defaults(CLOCK));

    assertThat(RejectReport.lines(parsed))
        .containsExactly(
            "several.csv:2: 地区=\"皇姑区\": unknown region / 未知地区;"
                + " 数值=\"abc\": unparsable number / 无法解析的数值;"
                + " 修订=\"-1\": invalid revision / 无效的修订号: a whole number from 0;"
                + " 单位=\"亿美元\": unit cannot be converted / 单位无法换算: 亿美元 → 亿元 is a currency"
                + " conversion, which is not done here: give the figure in 亿元 / 不做汇率换算, 请以亿元填报");
  }

  @Test
  void shouldReadObservationsFromJsonLinesWithTheSameColumnNames() throws IOException {
    Path file = dir.resolve("release.jsonl");
    Files.writeString(
        file,
        "{\"indicator\":\"gdp\",\"region\":\"210112\",\"period\":\"2022-Q2\",\"value\":345.6}\n"
            + "\n"
            + "{\"indicator\":\"社会消费品零售总额\",\"region\":\"和平区\",\"period\":\"2022年1-6月\","
            + "\"value\":\"1,234,567\",\"unit\":\"万元\",\"release_id\":\"HP-2022-06\"}\n");

    ParsedFile<Observation> parsed = service.parse(file, IngestOptions.defaults(CLOCK));

    assertThat(parsed.format()).isEqualTo(FileFormat.JSON_LINES);
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.records())
        .extracting(Observation::key, Observation::value)
        .containsExactly(
            tuple("gdp|210112|2022-06|YTD_LEVEL", 345.6),
            tuple("retail_sales|210102|2022-06|YTD_LEVEL", 123.4567));
  }

  @Test
  void shouldReportAnEmptyFileAsMissingItsColumns() throws IOException {
    Path file = dir.resolve("empty.csv");
    Files.writeString(file, "");

    ParsedFile<Observation> parsed = service.parse(file, IngestOptions.defaults(CLOCK));

    assertThat(parsed.errors())
        .extracting(RowError::column)
        .containsExactly("indicator", "region", "period", "value");
    assertThat(parsed.publishable()).isEmpty();
    assertThat(RejectReport.summary(parsed))
        .isEqualTo(
            "empty.csv: 0 of 0 rows rejected, 4 errors; nothing published / 整个文件未发布 (0行被拒绝)");
  }

  @Test
  void shouldReadIndicatorNamesThatCarryTheirUnitInBrackets() throws IOException {
    Path file = dir.resolve("names.csv");
    Files.writeString(
        file,
        "指标,地区,时期,数值\n"
            + "社会消费品零售总额（万元）,和平区,2022年1-6月,\"1,234,567\"\n"
            + "地区生产总值(亿元),浑南区,2022年1-6月,345.6\n");

    ParsedFile<Observation> parsed = service.parse(file, IngestOptions.defaults(CLOCK));

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.records())
        .extracting(Observation::indicatorCode, Observation::value)
        .containsExactly(tuple("retail_sales", 123.4567), tuple("gdp", 345.6));
  }

  @Test
  void shouldAskForTheCodeWhenARegionNameFitsSeveralRegions() throws IOException {
    Region tianjinHeping =
        new Region("120101", "和平区", "Heping District", RegionKind.DISTRICT, "120100", List.of());
    ReferenceData national =
        new InMemoryReferenceData(
            List.of(ReferenceFixtures.RETAIL_SALES),
            List.of(ReferenceFixtures.HEPING, tianjinHeping),
            null);
    Path file = dir.resolve("heping.csv");
    Files.writeString(
        file, "指标,地区,时期,数值\n" + "社会消费品零售总额,和平区,2022年1-6月,12\n" + "社会消费品零售总额,120101,2022年1-6月,34\n");

    ParsedFile<Observation> parsed =
        new IngestService(national).parse(file, IngestOptions.defaults(CLOCK));

    assertThat(RejectReport.lines(parsed))
        .containsExactly(
            "heping.csv:2: 地区=\"和平区\": name fits several, give the code / 名称不唯一, 请填写代码");
    assertThat(parsed.records()).extracting(Observation::regionCode).containsExactly("120101");
  }
}
