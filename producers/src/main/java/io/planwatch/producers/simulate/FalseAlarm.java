package io.planwatch.producers.simulate;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A provisional figure published too low and corrected by the next release: the first publication
 * of {@code period} is {@code dip} below the true level (so it looks behind), the revision
 * (revision 1, REVISED) restores the true value. A pace monitor that opened an alert on the
 * provisional figure retracts it.
 *
 * @param indicatorCode the indicator
 * @param regionCode the region
 * @param period the month whose provisional figure is too low
 * @param dip how much too low, as a fraction in (0, 1)
 */
public record FalseAlarm(String indicatorCode, String regionCode, YearMonth period, double dip) {
  public FalseAlarm {
    Objects.requireNonNull(indicatorCode, "indicatorCode");
    Objects.requireNonNull(regionCode, "regionCode");
    Objects.requireNonNull(period, "period");
    if (!(dip > 0 && dip < 1)) {
      throw new IllegalArgumentException("false-alarm dip must lie in (0, 1): " + dip);
    }
  }

  /** Parses {@code indicator:region:period:dip}, e.g. {@code retail_sales:210112:2021-05:0.04}. */
  public static FalseAlarm parse(String text) {
    String[] parts = text.trim().split(":");
    if (parts.length != 4) {
      throw new IllegalArgumentException(
          "false alarm '"
              + text
              + "': expected indicator:region:period:dip (4 parts), got "
              + parts.length);
    }
    return new FalseAlarm(
        parts[0],
        parts[1],
        Shock.month(text, "period", parts[2]),
        Shock.number(text, "dip", parts[3]));
  }

  /** Whether this is about the given indicator, region and month. */
  public boolean affects(String indicator, String region, YearMonth month) {
    return indicatorCode.equals(indicator) && regionCode.equals(region) && period.equals(month);
  }

  /** The option form, {@code indicator:region:period:dip}. */
  @Override
  public String toString() {
    return indicatorCode + ":" + regionCode + ":" + period + ":" + dip;
  }
}
