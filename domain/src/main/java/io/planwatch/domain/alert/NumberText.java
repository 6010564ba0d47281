package io.planwatch.domain.alert;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;

/** Numbers and units as monitoring teams read them: 12, 5.1, 720.5, 0.59. */
final class NumberText {
  /** English rendering of Chinese units: a factor on the value and an English unit. */
  private record UnitEn(double factor, String name) {}

  private static final Map<String, UnitEn> UNITS_EN =
      Map.of(
          "亿元", new UnitEn(0.1, "bn yuan"),
          "万元", new UnitEn(10, "thousand yuan"),
          "元", new UnitEn(1, "yuan"),
          "亿美元", new UnitEn(0.1, "bn USD"),
          "万美元", new UnitEn(10, "thousand USD"),
          "万人", new UnitEn(10, "thousand people"),
          "万户", new UnitEn(10, "thousand entities"),
          "万人次", new UnitEn(10, "thousand visits"),
          "天", new UnitEn(1, "days"));
  private static final Set<String> COUNT_WORDS =
      Set.of("个", "家", "户", "项", "件", "座", "所", "处", "条", "场", "人", "列", "个/项");

  private NumberText() {}

  /** A percentage or percentage points: one decimal, no trailing zero. */
  static String pct(double value) {
    return plain(value, 1);
  }

  /** A level: one decimal from 10 up, else two; no trailing zeros. */
  static String level(double value) {
    return plain(value, Math.abs(value) >= 10 ? 1 : 2);
  }

  /** A level with its unit, Chinese style: 720.5亿元, 3.9%. */
  static String levelZh(double value, String unit) {
    return level(value) + unit;
  }

  /**
   * A level with its unit, English style: 720.5 亿元 → "72.1 bn yuan", 1000 家 → "1000" (a bare
   * count), 3.9 % → "3.9 %"; other units are kept as they are.
   */
  static String levelEn(double value, String unit) {
    if (COUNT_WORDS.contains(unit)) {
      return level(value);
    }
    if ("%".equals(unit)) {
      return level(value) + " %";
    }
    UnitEn en = UNITS_EN.get(unit);
    return en == null ? level(value) + " " + unit : level(value * en.factor()) + " " + en.name();
  }

  private static String plain(double value, int scale) {
    String text =
        BigDecimal.valueOf(value)
            .setScale(scale, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString();
    return text.equals("-0") ? "0" : text;
  }
}
