package io.planwatch.domain.model;

/**
 * The period an observation covers, as the last month it reaches: 1-6月 is (y, 6), the second
 * quarter is (y, 6) with quarterly frequency, a year is (y, 12). January alone is usually folded
 * into 1-2月 by bureaus.
 */
public record Period(int year, int month) implements java.lang.Comparable<Period> {
  public Period {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month must be 1..12: " + month);
    }
    if (year < 1949 || year > 2200) {
      throw new IllegalArgumentException("implausible year: " + year);
    }
  }

  /** The period of a quarter (q = 1..4 → month 3q). */
  public static Period ofQuarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1..4: " + quarter);
    }
    return new Period(year, 3 * quarter);
  }

  /**
   * ISO-like key, e.g. {@code 2022-06}. The year always has four digits (1949..2200); built without
   * {@code String.format}, since every observation key holds one.
   */
  public String key() {
    return year + (month < 10 ? "-0" : "-") + month;
  }

  /** Chinese YTD notation: 1-6月, 1-2月, 1月, 1-12月. */
  public String chineseYtd() {
    return month == 1 ? "1月" : "1-" + month + "月";
  }

  @Override
  public int compareTo(Period o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(month, o.month);
  }

  @Override
  public String toString() {
    return key();
  }
}
