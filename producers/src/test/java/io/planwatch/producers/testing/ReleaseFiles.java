package io.planwatch.producers.testing;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.planwatch.producers.testing.CellTexts.Cell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Release files of random rows in each format a bureau sends (CSV in UTF-8 or GBK, XLSX with string
 * or number cells, SDMX-CSV, SDMX-JSON), written as their writers would, with where each row is.
 * Row {@code i} has revision {@code i}, so that no two rows are the same observation.
 */
public final class ReleaseFiles {
  /** The value column's header in each format. */
  public static final String VALUE = "数值";

  public static final String SDMX_VALUE = "OBS_VALUE";

  private static final String[] HEADER = {"指标", "地区", "时期", VALUE, "单位", "修订"};
  private static final String[] SDMX_HEADER = {
    "DATAFLOW", "INDICATOR", "REF_AREA", "TIME_PERIOD", SDMX_VALUE, "UNIT_MEASURE", "REVISION"
  };

  private ReleaseFiles() {}

  /**
   * A row: its value cell, and the other cells, all right ({@code rest} false) or some of them
   * random.
   *
   * @param percentUnit whether the indicator is measured in % (the urban unemployment rate, else
   *     retail sales in 亿元)
   * @param number for a workbook, a number cell instead of the value's text (NaN allowed)
   * @param percentStyle whether that number cell is formatted as a percentage
   */
  public record Row(
      String indicator,
      String region,
      String period,
      Cell value,
      String unit,
      boolean othersRight,
      boolean percentUnit,
      Double number,
      boolean percentStyle) {
    /** What the value must read as, as a number, when the row is accepted; null if unknown. */
    public BigDecimal expectedValue() {
      if (!othersRight) {
        return null;
      }
      if (number != null) {
        BigDecimal exact = BigDecimal.valueOf(number);
        return percentStyle ? exact.movePointRight(2) : exact;
      }
      return value.value() != null && (!value.percent() || percentUnit) ? value.value() : null;
    }

    /** Whether the row must be refused whatever the problem, as its figure cannot be read. */
    public boolean mustBeRefused() {
      if (!othersRight) {
        return false;
      }
      if (number != null) {
        if (!Double.isFinite(number)) {
          return true;
        }
        BigDecimal exact = expectedValue();
        double wanted = exact.doubleValue();
        return !Double.isFinite(wanted)
            || exact.signum() != 0 && Math.abs(wanted) < Double.MIN_NORMAL;
      }
      return value.problem() != null || value.percent() && !percentUnit;
    }

    Row through(Charset charset) {
      return new Row(
          roundTrip(indicator, charset),
          roundTrip(region, charset),
          roundTrip(period, charset),
          value.through(charset),
          roundTrip(unit, charset),
          othersRight,
          percentUnit,
          number,
          percentStyle);
    }
  }

  /** A file's bytes and where each row is (as the readers name it). */
  public record Written(byte[] bytes, List<String> locations) {}

  /** Rows whose value cells are random texts. */
  public static Arbitrary<Row> rows() {
    return rows(CellTexts.any(), Arbitraries.just(null));
  }

  /** Rows for a workbook: half with number cells of any double. */
  public static Arbitrary<Row> workbookRows() {
    Arbitrary<Double> numbers =
        Arbitraries.oneOf(
            Arbitraries.doubles(),
            Arbitraries.doubles().between(-1e12, 1e12).ofScale(3),
            Arbitraries.of(
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                Double.MAX_VALUE,
                -Double.MAX_VALUE,
                Double.MIN_VALUE,
                Double.MIN_NORMAL,
                -0.0,
                1e308,
                1e-310));
    return rows(CellTexts.any(), Arbitraries.oneOf(Arbitraries.just(null), numbers.map(d -> d)));
  }

  private static Arbitrary<Row> rows(Arbitrary<Cell> values, Arbitrary<Double> numbers) {
    // One row in ten has its indicator random too, one its region; the rest are right.
    Arbitrary<String> noise =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.just("")), Tuple.of(2, CellTexts.any().map(Cell::text)));
    return Combinators.combine(
            Arbitraries.integers().between(0, 7),
            Arbitraries.of("210100", "沈阳市", "浑南区", "210112"),
            Arbitraries.of("2022-06", "2021-12", "2022M05", "2022年5月"),
            values,
            noise,
            Arbitraries.of(true, false),
            numbers,
            Arbitraries.of(true, false))
        .as(
            (flags, region, period, value, random, randomRegion, number, percentStyle) -> {
              boolean rate = (flags & 1) != 0;
              boolean byName = (flags & 2) != 0;
              boolean unitGiven = (flags & 4) != 0;
              String indicator =
                  rate
                      ? byName ? "城镇调查失业率" : "urban_unemployment_rate"
                      : byName ? "社会消费品零售总额" : "retail_sales";
              String unit = unitGiven ? (rate ? "%" : "亿元") : "";
              boolean right = random.isEmpty();
              return new Row(
                  right || randomRegion ? indicator : random,
                  right || !randomRegion ? region : random,
                  period,
                  value,
                  unit,
                  right,
                  rate,
                  number,
                  percentStyle);
            });
  }

  private static List<List<String>> records(List<Row> rows, String first) {
    List<List<String>> records = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      List<String> record = new ArrayList<>();
      if (first != null) {
        record.add(first);
      }
      record.addAll(
          List.of(
              row.indicator(),
              row.region(),
              row.period(),
              row.value().text(),
              row.unit(),
              Integer.toString(i)));
      records.add(record);
    }
    return records;
  }

  /** A CSV file, UTF-8 with a BOM or GBK, written by Commons CSV. */
  public static Written csv(List<Row> rows, boolean gbk) {
    Charset charset = gbk ? Charset.forName("GBK") : StandardCharsets.UTF_8;
    return csvText(
        List.of(HEADER),
        records(gbk ? throughGbk(rows) : rows, null),
        gbk ? "" : "\uFEFF",
        charset);
  }

  /** The rows as they go into a GBK file: texts GBK cannot hold become '?' (and unknown). */
  public static List<Row> throughGbk(List<Row> rows) {
    return rows.stream().map(row -> row.through(Charset.forName("GBK"))).toList();
  }

  /** An SDMX-CSV file (codes as written; a dataflow column first). */
  public static Written sdmxCsv(List<Row> rows) {
    return csvText(
        List.of(SDMX_HEADER),
        records(rows, "PLANWATCH:STATS_MONTHLY(1.0)"),
        "",
        StandardCharsets.UTF_8);
  }

  private static Written csvText(
      List<String> header, List<List<String>> records, String bom, Charset charset) {
    StringBuilder text = new StringBuilder(bom);
    List<String> locations = new ArrayList<>();
    int line = 1 + (int) print(header).chars().filter(c -> c == '\n').count();
    text.append(print(header));
    for (List<String> record : records) {
      String printed = print(record);
      locations.add(Integer.toString(line));
      line += (int) printed.chars().filter(c -> c == '\n').count();
      text.append(printed);
    }
    return new Written(text.toString().getBytes(charset), locations);
  }

  private static String print(List<String> record) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      printer.printRecord(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A workbook written by Apache POI: the value as a string cell, or as a number cell. */
  public static Written xlsx(List<Row> rows) {
    try (Workbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("数据");
      CellStyle percent = workbook.createCellStyle();
      percent.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0.0%"));
      org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
      for (int c = 0; c < HEADER.length; c++) {
        header.createCell(c).setCellValue(HEADER[c]);
      }
      List<String> locations = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        Row row = rows.get(i);
        org.apache.poi.ss.usermodel.Row out = sheet.createRow(i + 1);
        out.createCell(0).setCellValue(row.indicator());
        out.createCell(1).setCellValue(row.region());
        out.createCell(2).setCellValue(row.period());
        if (row.number() != null) {
          out.createCell(3).setCellValue(row.number());
          if (row.percentStyle()) {
            out.getCell(3).setCellStyle(percent);
          }
        } else {
          out.createCell(3).setCellValue(row.value().text());
        }
        out.createCell(4).setCellValue(row.unit());
        out.createCell(5).setCellValue(i);
        locations.add(Integer.toString(i + 2));
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return new Written(bytes.toByteArray(), locations);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An SDMX-JSON 2.0 message with one flat data set: each observation keyed by its own position in
   * every dimension; the value a JSON string, or a bare number or NaN as a JSON writer would put
   * it.
   */
  public static Written sdmxJson(List<Row> rows) {
    List<String> locations = new ArrayList<>();
    StringBuilder observations = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      String key = i + ":" + i + ":" + i + ":" + i;
      locations.add("/data/dataSets/0/observations/" + key);
      String value = row.value().json() != null ? row.value().json() : quote(row.value().text());
      observations
          .append(i == 0 ? "" : ",")
          .append(quote(key))
          .append(":[")
          .append(value)
          .append(",")
          .append(i)
          .append("]");
    }
    String json =
        "{\"data\":{\"structures\":[{\"dimensions\":{\"dataSet\":[],\"series\":[],\"observation\":["
            + dimension("INDICATOR", rows.stream().map(Row::indicator).toList())
            + ","
            + dimension("REF_AREA", rows.stream().map(Row::region).toList())
            + ","
            + dimension("TIME_PERIOD", rows.stream().map(Row::period).toList())
            + ","
            + dimension(
                "REVISION",
                java.util.stream.IntStream.range(0, rows.size())
                    .mapToObj(Integer::toString)
                    .toList())
            + "]},\"measures\":{\"observation\":[{\"id\":\"OBS_VALUE\"}]},"
            + "\"attributes\":{\"dataSet\":[],\"series\":[],\"observation\":["
            + dimension("UNIT_MEASURE", rows.stream().map(Row::unit).toList())
            + "]}}],\"dataSets\":[{\"action\":\"Information\",\"structure\":0,\"observations\":{"
            + observations
            + "}}]}}";
    return new Written(json.getBytes(StandardCharsets.UTF_8), locations);
  }

  private static String dimension(String id, List<String> values) {
    StringBuilder out = new StringBuilder("{\"id\":" + quote(id) + ",\"values\":[");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ",").append("{\"id\":").append(quote(values.get(i))).append("}");
    }
    return out.append("]}").toString();
  }

  private static String quote(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }

  private static String roundTrip(String text, Charset charset) {
    return new String(text.getBytes(charset), charset);
  }
}
