package io.planwatch.producers.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.Observation;
import io.planwatch.domain.model.Period;
import io.planwatch.domain.model.Region;
import io.planwatch.producers.ingest.normalize.ParsedPeriod;
import io.planwatch.producers.ingest.normalize.PeriodNotation;
import io.planwatch.producers.ingest.validate.ObservationAssembler;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes random releases the way bureaus do (Chinese headers and names or codes, any period
 * notation, scaled units, grouped numbers, GBK or UTF-8 with BOM) and reads them back.
 */
class IngestRoundTripProperties {
  private static final List<Indicator> INDICATORS =
      List.of(
          ReferenceFixtures.GDP,
          ReferenceFixtures.INDUSTRIAL_VALUE_ADDED,
          ReferenceFixtures.UNEMPLOYMENT,
          ReferenceFixtures.RETAIL_SALES,
          ReferenceFixtures.FDI);
  private static final List<Region> REGIONS =
      List.of(ReferenceFixtures.SHENYANG, ReferenceFixtures.HEPING, ReferenceFixtures.HUNNAN);
  private static final Map<Measure, String> MEASURE_ZH =
      Map.of(
          Measure.YTD_LEVEL, "累计值",
          Measure.YTD_GROWTH, "累计增长",
          Measure.PERIOD_LEVEL, "期末值",
          Measure.RATE, "比率");

  private final IngestService service = new IngestService(ReferenceFixtures.reference());

  @Property(tries = 60)
  void shouldReadBackEveryRowOfAValidRelease(
      @ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.From("rows") Written> rows,
      @ForAll boolean gbk)
      throws IOException {
    Map<String, Written> unique = new LinkedHashMap<>();
    rows.forEach(row -> unique.putIfAbsent(row.key(), row));
    List<Written> written = new ArrayList<>(unique.values());
    Path file = Files.createTempFile("release", ".csv");
    try {
      Files.write(file, encode(written, gbk));

      ParsedFile<Observation> parsed =
          service.parse(file, IngestOptions.defaults(ReferenceFixtures.CLOCK));

      assertThat(parsed.errors()).isEmpty();
      assertThat(parsed.records()).hasSize(written.size());
      for (int i = 0; i < written.size(); i++) {
        Written expected = written.get(i);
        Observation actual = parsed.records().get(i);
        assertThat(actual.key()).isEqualTo(expected.key());
        assertThat(actual.frequency()).isEqualTo(expected.frequency());
        assertThat(actual.value())
            .isCloseTo(
                expected.value().doubleValue(), within(1e-9 * (1 + Math.abs(actual.value()))));
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Provide
  Arbitrary<Written> rows() {
    Arbitrary<Indicator> indicators = Arbitraries.of(INDICATORS);
    return indicators.flatMap(
        indicator ->
            Combinators.combine(
                    Arbitraries.of(REGIONS),
                    Arbitraries.of(List.copyOf(ObservationAssembler.validMeasures(indicator))),
                    periods(indicator),
                    Arbitraries.bigDecimals()
                        .between(new BigDecimal("-999"), new BigDecimal("99999"))
                        .ofScale(2),
                    Arbitraries.of(true, false),
                    Arbitraries.of(true, false))
                .as(
                    (region, measure, period, value, byCode, scaled) ->
                        new Written(indicator, region, measure, period, value, byCode, scaled)));
  }

  private static Arbitrary<Map.Entry<ParsedPeriod, PeriodNotation>> periods(Indicator indicator) {
    Arbitrary<Integer> years = Arbitraries.integers().between(2015, 2021);
    boolean quarterly = indicator.frequency() == Frequency.QUARTERLY;
    Arbitrary<Integer> months =
        quarterly ? Arbitraries.of(3, 6, 9, 12) : Arbitraries.integers().between(1, 12);
    List<PeriodNotation> notations =
        quarterly
            ? List.of(
                PeriodNotation.CHINESE_YTD,
                PeriodNotation.CHINESE_QUARTER,
                PeriodNotation.CHINESE_ORDINAL_QUARTER,
                PeriodNotation.SDMX_QUARTER,
                PeriodNotation.ISO_MONTH)
            : List.of(
                PeriodNotation.CHINESE_YTD,
                PeriodNotation.CHINESE_MONTH,
                PeriodNotation.ISO_MONTH,
                PeriodNotation.SDMX_MONTH,
                PeriodNotation.COMPACT_MONTH);
    return Combinators.combine(years, months, Arbitraries.of(notations))
        .as(
            (y, m, notation) ->
                Map.entry(new ParsedPeriod(new Period(y, m), indicator.frequency()), notation));
  }

  private static byte[] encode(List<Written> rows, boolean gbk) throws IOException {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        new CSVPrinter(
            out, CSVFormat.DEFAULT.builder().setHeader("指标", "地区", "时期", "口径", "数值", "单位").get())) {
      for (Written row : rows) {
        printer.printRecord(row.cells());
      }
    }
    Charset charset = gbk ? Charset.forName("GBK") : StandardCharsets.UTF_8;
    return ((gbk ? "" : "\uFEFF") + out).getBytes(charset);
  }

  /** A row as written in the file, and what it must read as. */
  record Written(
      Indicator indicator,
      Region region,
      Measure measure,
      Map.Entry<ParsedPeriod, PeriodNotation> period,
      BigDecimal value,
      boolean byCode,
      boolean scaled) {
    String key() {
      return indicator.code()
          + "|"
          + region.code()
          + "|"
          + period.getKey().period().key()
          + "|"
          + measure;
    }

    Frequency frequency() {
      return period.getKey().frequency();
    }

    String unit() {
      String unit = ObservationAssembler.unitFor(indicator, measure);
      return switch (unit) {
        case "亿元" -> scaled ? "万元" : "亿元";
        case "亿美元" -> scaled ? "万美元" : "亿美元";
        case "%" -> scaled ? "％" : "%";
        default -> unit;
      };
    }

    List<String> cells() {
      BigDecimal inFile = unit().startsWith("万") ? value.movePointRight(4) : value;
      return List.of(
          indicator.nameZh(),
          byCode ? region.code() : region.nameZh(),
          period.getValue().format(period.getKey().period()),
          MEASURE_ZH.get(measure),
          String.format(Locale.ROOT, "%,.2f", inFile),
          unit());
    }
  }
}
