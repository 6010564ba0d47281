package io.planwatch.domain.pace;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Last year's figures for the same indicator and region, as far as they are known.
 *
 * @param ytdByMonth last year's YTD level by month (1..12); months the bureau did not publish
 *     (usually January) are simply absent
 * @param annualTotal last year's annual total (a flow), or null
 * @param endOfYearStock last year's end-of-year value (a stock), or null
 */
public record LastYearProfile(
    Map<Integer, Double> ytdByMonth, Double annualTotal, Double endOfYearStock) {
  public LastYearProfile {
    TreeMap<Integer, Double> copy = new TreeMap<>();
    if (ytdByMonth != null) {
      ytdByMonth.forEach(
          (month, value) -> {
            if (month == null || month < 1 || month > 12) {
              throw new IllegalArgumentException("ytdByMonth: month must be 1..12: " + month);
            }
            requireFinite("ytdByMonth[" + month + "]", value);
            copy.put(month, value);
          });
    }
    ytdByMonth = java.util.Collections.unmodifiableMap(copy);
    if (annualTotal != null) {
      requireFinite("annualTotal", annualTotal);
    }
    if (endOfYearStock != null) {
      requireFinite("endOfYearStock", endOfYearStock);
    }
  }

  /** Nothing known about last year. */
  public static LastYearProfile none() {
    return new LastYearProfile(Map.of(), null, null);
  }

  /** Only last year's end-of-year stock. */
  public static LastYearProfile stock(double endOfYearStock) {
    return new LastYearProfile(Map.of(), null, endOfYearStock);
  }

  /** Last year's YTD level at {@code month}, if published. */
  public OptionalDouble ytd(int month) {
    Double value = ytdByMonth.get(month);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * Last year's YTD level at {@code month}, with January folded into January–February: when month 1
   * was not published on its own (bureaus publish 1-2月), half of the 1-2月 figure.
   */
  public OptionalDouble ytdFolded(int month) {
    OptionalDouble exact = ytd(month);
    if (exact.isPresent() || month != 1) {
      return exact;
    }
    OptionalDouble janFeb = ytd(2);
    return janFeb.isPresent() ? OptionalDouble.of(janFeb.getAsDouble() / 2.0) : janFeb;
  }

  /** Last year's annual total: {@link #annualTotal()}, else the published 1-12月 YTD, if any. */
  public OptionalDouble annual() {
    if (annualTotal != null) {
      return OptionalDouble.of(annualTotal);
    }
    return ytd(12);
  }

  private static void requireFinite(String field, Double value) {
    if (value == null || !Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number: " + value);
    }
  }
}
