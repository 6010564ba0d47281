package io.planwatch.producers.simulate;

import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.Observation;
import io.planwatch.domain.model.ObservationStatus;
import io.planwatch.domain.model.Period;
import io.planwatch.domain.model.PriceBasis;
import io.planwatch.producers.ingest.normalize.DateTimes;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes observations as a bureau's release table: Chinese headers that the {@code releases}
 * command maps (see {@code ObservationColumns}), the bureau's period notation (2022年1-6月, 2022年上半年,
 * 2022年6月, 2022年), Chinese measure, price and status words, and local publication times in
 * Asia/Shanghai. The source column (来源) keeps the simulator's marker ({@code simulated:seed=…}) on
 * every record read back from the file.
 */
final class ReleaseCsvWriter {
  /** The header row, in column order. */
  static final List<String> HEADER =
      List.of(
          "指标代码", "指标名称", "地区代码", "地区名称", "时期", "口径", "数值", "单位", "价格口径", "状态", "修订号", "发布时间",
          "发布号", "来源");

  static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final String[] QUARTERS = {"一季度", "上半年", "前三季度", "全年"};
  private static final String[] QUARTER_NAMES = {"一季度", "二季度", "三季度", "四季度"};

  private final Catalogue catalogue;

  ReleaseCsvWriter(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Writes the header and one row per observation. */
  void write(List<Observation> observations, Appendable out) throws IOException {
    CSVPrinter printer =
        new CSVPrinter(
            out, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get());
    for (Observation o : observations) {
      printer.printRecord(row(o));
    }
    printer.flush();
  }

  private List<String> row(Observation o) {
    Indicator indicator = catalogue.indicator(o.indicatorCode()).orElseThrow();
    List<String> row = new ArrayList<>();
    row.add(o.indicatorCode());
    row.add(indicator.nameZh());
    row.add(o.regionCode());
    row.add(catalogue.region(o.regionCode()).orElseThrow().nameZh());
    row.add(period(o.period(), o.frequency(), o.measure()));
    row.add(measure(o.measure()));
    row.add(Decimals.text(o.value(), Decimals.of(o.unit(), o.measure())));
    row.add(o.unit());
    row.add(priceBasis(o.priceBasis()));
    row.add(status(o.status()));
    row.add(Integer.toString(o.revision()));
    row.add(LOCAL_TIME.format(o.publishedAt().atZone(DateTimes.SHANGHAI)));
    row.add(o.releaseId());
    row.add(o.source());
    return row;
  }

  /** The bureau's notation: 2022年1-6月 (YTD), 2022年6月 (stocks, rates), 2022年上半年, 2022年. */
  static String period(Period period, Frequency frequency, Measure measure) {
    String year = period.year() + "年";
    boolean ytd = measure == Measure.YTD_LEVEL || measure == Measure.YTD_GROWTH;
    return switch (frequency) {
      case ANNUAL -> year;
      case QUARTERLY -> year + (ytd ? QUARTERS : QUARTER_NAMES)[period.month() / 3 - 1];
      case MONTHLY -> year + (ytd ? period.chineseYtd() : period.month() + "月");
    };
  }

  private static String measure(Measure measure) {
    return switch (measure) {
      case YTD_LEVEL -> "累计值";
      case YTD_GROWTH -> "累计增长";
      case PERIOD_LEVEL -> "期末值";
      case RATE -> "比率";
    };
  }

  private static String priceBasis(PriceBasis basis) {
    return switch (basis) {
      case CURRENT -> "现价";
      case COMPARABLE -> "可比价";
      case NOT_APPLICABLE -> "不适用";
    };
  }

  private static String status(ObservationStatus status) {
    return switch (status) {
      case PROVISIONAL -> "初步";
      case FINAL -> "最终";
      case REVISED -> "修订";
    };
  }
}
