package io.planwatch.streams.query;

/** Names of regions and indicators by code, from the reference data. */
interface Labels {

  /** The region's label; only the code when the region is unknown. */
  Label region(String code);

  /** The indicator's label; only the code when the indicator is unknown. */
  Label indicator(String code);
}
