package io.planwatch.producers.ingest.normalize;

import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Period;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period notations of Chinese statistics and SDMX: {@code 2022年1-6月}, {@code 1-6月} (with
 * a default year), {@code 2022年6月}, {@code 2022年二季度}, {@code 2022年第2季度}, {@code 2022年前三季度}, {@code
 * 2022年上半年}, {@code 2022年全年}, {@code 2022年}, {@code 2022-06}, {@code 2022-Q2}, {@code 2022-M06},
 * {@code 2022M06}, {@code 2022-S1}, {@code 2022}. A period is the last month it reaches; a
 * year-to-date range must start in January.
 */
public final class PeriodParser {
  private static final String YEAR = "(?:(\\d{4})年)?";
  private static final String QUARTER = "([1-4一二三四])";
  private static final Pattern YTD_MONTHS =
      Pattern.compile(YEAR + "(\\d{1,2})-(\\d{1,2})月份?(?:累计)?");
  private static final Pattern MONTH = Pattern.compile(YEAR + "(\\d{1,2})月份?");
  private static final Pattern QUARTER_ZH = Pattern.compile(YEAR + "第?" + QUARTER + "季度");
  private static final Pattern QUARTERS_YTD = Pattern.compile(YEAR + "前" + QUARTER + "季度");
  private static final Pattern HALF = Pattern.compile(YEAR + "上半年");
  private static final Pattern FULL_YEAR = Pattern.compile(YEAR + "(?:全年|年度)");
  private static final Pattern YEAR_ONLY = Pattern.compile("(\\d{4})(?:年|年度)?");
  private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})[-/.]?M?(\\d{1,2})");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern ISO_QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])");
  private static final Pattern SEMESTER = Pattern.compile("(\\d{4})-?S([12])");
  private static final Pattern ANNUAL_SDMX = Pattern.compile("(\\d{4})-?A1?");

  private PeriodParser() {}

  /**
   * Parses a period.
   *
   * @param text the cell
   * @param defaultYear the year for notations without one (1-6月), or null if there is none
   * @throws InvalidValueException if the text is no period this parser knows
   */
  public static ParsedPeriod parse(String text, Integer defaultYear) {
    String s = clean(text);
    if (s.isEmpty()) {
      throw new InvalidValueException(Problem.EMPTY_VALUE);
    }
    try {
      return parseClean(s, defaultYear);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(Problem.UNPARSABLE_PERIOD, e.getMessage());
    }
  }

  private static ParsedPeriod parseClean(String s, Integer defaultYear) {
    Matcher m = YTD_MONTHS.matcher(s);
    if (m.matches()) {
      int from = Integer.parseInt(m.group(2));
      if (from != 1) {
        throw new InvalidValueException(
            Problem.UNPARSABLE_PERIOD, "a year-to-date range starts in month 1, not " + from);
      }
      return monthly(year(m.group(1), defaultYear), Integer.parseInt(m.group(3)));
    }
    if ((m = MONTH.matcher(s)).matches()) {
      return monthly(year(m.group(1), defaultYear), Integer.parseInt(m.group(2)));
    }
    if ((m = QUARTER_ZH.matcher(s)).matches() || (m = QUARTERS_YTD.matcher(s)).matches()) {
      return quarterly(year(m.group(1), defaultYear), quarter(m.group(2)));
    }
    if ((m = HALF.matcher(s)).matches()) {
      return quarterly(year(m.group(1), defaultYear), 2);
    }
    if ((m = FULL_YEAR.matcher(s)).matches()) {
      return annual(year(m.group(1), defaultYear));
    }
    if ((m = YEAR_ONLY.matcher(s)).matches() || (m = ANNUAL_SDMX.matcher(s)).matches()) {
      return annual(Integer.parseInt(m.group(1)));
    }
    if ((m = ISO_QUARTER.matcher(s)).matches()) {
      return quarterly(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if ((m = SEMESTER.matcher(s)).matches()) {
      if (!"1".equals(m.group(2))) {
        throw new InvalidValueException(
            Problem.UNPARSABLE_PERIOD, "the second half-year is not a year-to-date period");
      }
      return quarterly(Integer.parseInt(m.group(1)), 2);
    }
    if ((m = ISO_DATE.matcher(s)).matches() || (m = ISO_MONTH.matcher(s)).matches()) {
      return monthly(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    throw new InvalidValueException(Problem.UNPARSABLE_PERIOD);
  }

  private static String clean(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
    s = s.replaceAll("\\s+", "");
    return s.replaceAll("(?<=\\d)[—–~〜至到](?=\\d)", "-");
  }

  private static int year(String group, Integer defaultYear) {
    if (group != null) {
      return Integer.parseInt(group);
    }
    if (defaultYear == null) {
      throw new InvalidValueException(
          Problem.UNPARSABLE_PERIOD, "no year: add a year column (年份) or pass --year");
    }
    return defaultYear;
  }

  private static int quarter(String text) {
    int index = "一二三四".indexOf(text);
    return index >= 0 ? index + 1 : Integer.parseInt(text);
  }

  private static ParsedPeriod monthly(int year, int month) {
    return new ParsedPeriod(new Period(year, month), Frequency.MONTHLY);
  }

  private static ParsedPeriod quarterly(int year, int quarter) {
    return new ParsedPeriod(Period.ofQuarter(year, quarter), Frequency.QUARTERLY);
  }

  private static ParsedPeriod annual(int year) {
    return new ParsedPeriod(new Period(year, 12), Frequency.ANNUAL);
  }
}
