package io.planwatch.domain.model;

/** Size class of a project by planned total investment. */
public enum ProjectSizeClass {
  /** ≥ 1 亿元. */
  OVER_100M,
  /** ≥ 10 亿元. */
  OVER_1B,
  /** ≥ 100 亿元. */
  OVER_10B;

  /** The class of a planned total investment in 亿元, or null below 1 亿元. */
  public static ProjectSizeClass of(double totalInvestmentYi) {
    if (totalInvestmentYi >= 100) {
      return OVER_10B;
    } else if (totalInvestmentYi >= 10) {
      return OVER_1B;
    } else if (totalInvestmentYi >= 1) {
      return OVER_100M;
    }
    return null;
  }
}
