package io.planwatch.domain.model;

import java.util.Objects;

/**
 * An indicator definition: what a bureau publishes and how to read it.
 *
 * @param code stable code, e.g. {@code gdp}, {@code industrial_value_added}
 * @param nameZh Chinese name (地区生产总值)
 * @param nameEn English name
 * @param unit canonical unit (亿元, %, 家, 天…); observations are normalised to it
 * @param measure how the bureau reports it
 * @param frequency how often it is published
 * @param priceBasis price basis of its figures
 * @param direction whether higher is better
 * @param additive whether regional figures add up to the parent's
 * @param bands status bands overriding the defaults for this indicator, or null for the defaults
 */
public record Indicator(
    String code,
    String nameZh,
    String nameEn,
    String unit,
    Measure measure,
    Frequency frequency,
    PriceBasis priceBasis,
    Direction direction,
    boolean additive,
    Bands bands) {
  public Indicator {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(priceBasis, "priceBasis");
    Objects.requireNonNull(direction, "direction");
  }
}
