package io.planwatch.streams.topology;

import io.planwatch.avro.PlanTarget;
import io.planwatch.avro.StatisticalObservation;
import io.planwatch.topics.SeriesPartitioner;

/**
 * Keys of the series-partitioned state. A series is one indicator in one region ({@code
 * indicator|region}); its observations are stored under {@code series|YYYY-MM|measure} and its
 * targets under {@code series|targetId}, so a prefix scan reads a series, or one year of it.
 */
final class SeriesKeys {
  /** Observation keys and target keys share their first two fields, the series. */
  static final int SERIES_FIELDS = SeriesPartitioner.SERIES_FIELDS;

  private SeriesKeys() {}

  static String series(final String indicatorCode, final String regionCode) {
    return indicatorCode + "|" + regionCode;
  }

  static String series(final StatisticalObservation o) {
    return series(o.getIndicatorCode(), o.getRegionCode());
  }

  static String series(final PlanTarget t) {
    return series(t.getIndicatorCode(), t.getRegionCode());
  }

  /** {@code indicator|region|YYYY-MM|measure}, as on {@code stats.observations}. */
  static String observation(final StatisticalObservation o) {
    return series(o)
        + "|"
        + yearMonth(o.getPeriod().getYear(), o.getPeriod().getMonth())
        + "|"
        + o.getMeasure();
  }

  /** The prefix of a series' observations of one year: {@code series|YYYY-}. */
  static String yearPrefix(final String series, final int year) {
    return series + "|" + fourDigits(year) + "-";
  }

  /** The prefix of all of a series' state: {@code series|}. */
  static String seriesPrefix(final String series) {
    return series + "|";
  }

  static String target(final String series, final String targetId) {
    return series + "|" + targetId;
  }

  /** The part of a series-partitioned key after {@code series|}. */
  static String suffix(final String key) {
    return key.substring(KeyPrefixPartitioner.prefix(key, SERIES_FIELDS).length() + 1);
  }

  private static String yearMonth(final int year, final int month) {
    // Why: called for every figure and scan; String.format was a visible share of the evaluator.
    return fourDigits(year) + (month >= 0 && month < 10 ? "-0" : "-") + month;
  }

  /** {@code %04d} for the years of statistics (0 to 9999), without a formatter. */
  private static String fourDigits(final int year) {
    if (year < 0 || year > 9999) {
      return String.format("%04d", year);
    }
    final String digits = Integer.toString(year);
    return "0000".substring(digits.length()) + digits;
  }
}
