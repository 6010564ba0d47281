package io.planwatch.domain.pace;

/** Why something could not be computed; each code carries an English and a Chinese message. */
public enum ReasonCode {
  MISSING_BASE("the target has no base value B", "目标缺少基期值"),
  MISSING_BASE_YEAR("the target has no base year y0", "目标缺少基期年份"),
  NON_POSITIVE_BASE("a geometric path needs a positive base value", "几何路径要求基期值为正"),
  NON_POSITIVE_TARGET("a geometric path needs a positive target value", "几何路径要求目标值为正"),
  EMPTY_PLAN_PERIOD("the target year is not after the base year", "目标年份不晚于基期年份"),
  OUT_OF_PLAN_PERIOD("the year lies outside the target's plan period", "年份不在目标的规划期内"),
  INVALID_REDUCTION("a reduction must be below 100 %", "降低幅度必须小于100%"),
  NON_FINITE_RESULT("the computation did not give a finite number", "计算结果不是有限数"),
  MEASURE_MISMATCH(
      "the observation's measure is not the one this target is tracked on", "观测值口径与目标跟踪口径不符"),
  NON_POSITIVE_EXPECTED(
      "the expected position is not positive, so no ratio exists", "序时进度不为正，无法计算比率"),
  NON_POSITIVE_ACTUAL(
      "a lower-is-better level needs a positive actual figure for E/actual", "越低越好的总量指标要求实际值为正"),
  MISSING_LAST_YEAR_STOCK(
      "a stock needs last year's end value or last year's milestone", "存量指标缺少上年末值或上年目标值"),
  NO_REST_OF_YEAR("December: no rest of the year remains", "已是12月，全年无剩余月份"),
  MISSING_LAST_YEAR_FIGURES(
      "last year's annual total and YTD at this month are needed", "需要上年全年值和上年同期累计值"),
  NO_REST_OF_YEAR_PACE_FOR_RATES("a rate has no rest-of-year pace", "比率指标无剩余月份进度");

  private final String messageEn;
  private final String messageZh;

  ReasonCode(String messageEn, String messageZh) {
    this.messageEn = messageEn;
    this.messageZh = messageZh;
  }

  public String messageEn() {
    return messageEn;
  }

  public String messageZh() {
    return messageZh;
  }
}
