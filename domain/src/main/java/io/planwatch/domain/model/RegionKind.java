package io.planwatch.domain.model;

/** Administrative level of a region, or a functional zone that never rolls up. */
public enum RegionKind {
  PROVINCE,
  CITY,
  DISTRICT,
  COUNTY,
  COUNTY_LEVEL_CITY,
  /** A functional zone (沈阳高新区, 自贸区沈阳片区…): own code, never summed into a parent. */
  ZONE
}
