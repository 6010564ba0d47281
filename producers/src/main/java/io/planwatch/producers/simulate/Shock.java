package io.planwatch.producers.simulate;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A slump of one indicator in one region: from {@code from} to {@code to} the figure falls behind
 * its path, deepest at {@code to}, and it recovers linearly over the following {@link
 * #RECOVERY_MONTHS} months.
 *
 * <p>{@code depth} is the shortfall at the trough as a fraction: for a year-to-date flow or a stock
 * the level is {@code depth} below its path (0.04 = 4 % behind, which puts a +12 % growth target
 * some 4.5 pp behind); for a rate it is {@code depth × 100} percentage points on the wrong side of
 * its bound. The shortfall grows linearly over the shock months: with three months, one third, two
 * thirds, then the full depth.
 *
 * @param indicatorCode the indicator
 * @param regionCode the region
 * @param from first month of the slump
 * @param to the deepest month
 * @param depth shortfall at the trough, in (0, 1)
 */
public record Shock(
    String indicatorCode, String regionCode, YearMonth from, YearMonth to, double depth) {
  /** Months after {@code to} until the figure is back on its path. */
  public static final int RECOVERY_MONTHS = 4;

  public Shock {
    Objects.requireNonNull(indicatorCode, "indicatorCode");
    Objects.requireNonNull(regionCode, "regionCode");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("shock ends (" + to + ") before it starts (" + from + ")");
    }
    if (!(depth > 0 && depth < 1)) {
      throw new IllegalArgumentException("shock depth must lie in (0, 1): " + depth);
    }
  }

  /**
   * Parses {@code indicator:region:from:to:depth}, e.g. {@code
   * industrial_value_added:210100:2022-03:2022-05:0.04}.
   *
   * @throws IllegalArgumentException naming the part that is wrong
   */
  public static Shock parse(String text) {
    String[] parts = text.trim().split(":");
    if (parts.length != 5) {
      throw new IllegalArgumentException(
          "shock '"
              + text
              + "': expected indicator:region:from:to:depth (5 parts), got "
              + parts.length);
    }
    return new Shock(
        parts[0],
        parts[1],
        month(text, "from", parts[2]),
        month(text, "to", parts[3]),
        number(text, "depth", parts[4]));
  }

  /** The shortfall (a fraction, 0 when unaffected) in a month. */
  public double shortfall(YearMonth month) {
    if (month.isBefore(from)) {
      return 0;
    }
    long span = from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
    if (!month.isAfter(to)) {
      long index = from.until(month, java.time.temporal.ChronoUnit.MONTHS) + 1;
      return depth * index / span;
    }
    long after = to.until(month, java.time.temporal.ChronoUnit.MONTHS);
    return after >= RECOVERY_MONTHS ? 0 : depth * (RECOVERY_MONTHS - after) / RECOVERY_MONTHS;
  }

  /** Whether this shock is about the given indicator and region. */
  public boolean affects(String indicator, String region) {
    return indicatorCode.equals(indicator) && regionCode.equals(region);
  }

  /** The option form, {@code indicator:region:from:to:depth}. */
  @Override
  public String toString() {
    return indicatorCode + ":" + regionCode + ":" + from + ":" + to + ":" + depth;
  }

  static YearMonth month(String text, String field, String value) {
    try {
      return YearMonth.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + text + "': " + field + " '" + value + "' is not a month like 2022-03", e);
    }
  }

  static double number(String text, String field, String value) {
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "': " + field + " '" + value + "' is not a number", e);
    }
  }
}
