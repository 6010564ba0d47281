package io.planwatch.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One published figure for an indicator, region and period.
 *
 * @param indicatorCode the indicator
 * @param regionCode the region
 * @param period the period it covers
 * @param measure how it is reported
 * @param value the figure, in {@code unit}
 * @param unit the unit, normally the indicator's canonical unit
 * @param priceBasis price basis
 * @param frequency monthly, quarterly or annual
 * @param status provisional, final or revised
 * @param releaseId the release it came in
 * @param revision revision number; the latest per (indicator, region, period, measure) wins
 * @param publishedAt publication time
 * @param source where it came from (bureau, file; "simulated" for simulated data)
 */
public record Observation(
    String indicatorCode,
    String regionCode,
    Period period,
    Measure measure,
    double value,
    String unit,
    PriceBasis priceBasis,
    Frequency frequency,
    ObservationStatus status,
    String releaseId,
    int revision,
    Instant publishedAt,
    String source) {
  public Observation {
    Objects.requireNonNull(indicatorCode, "indicatorCode");
    Objects.requireNonNull(regionCode, "regionCode");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(priceBasis, "priceBasis");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(publishedAt, "publishedAt");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite: " + value);
    }
  }

  /** The Kafka key of {@code stats.observations}: indicator|region|period|measure. */
  public String key() {
    return indicatorCode + "|" + regionCode + "|" + period.key() + "|" + measure;
  }
}
