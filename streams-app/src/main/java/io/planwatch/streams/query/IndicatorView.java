package io.planwatch.streams.query;

/** An indicator of the reference data: what it measures and how it is reported. */
record IndicatorView(
    String code,
    String nameZh,
    String nameEn,
    String unit,
    String measure,
    String frequency,
    String priceBasis,
    String direction,
    boolean additive,
    BandsView bands) {

  /** Status band thresholds overriding the defaults. */
  record BandsView(double ahead, double onTrack, double behind) {}
}
