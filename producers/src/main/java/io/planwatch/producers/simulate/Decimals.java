package io.planwatch.producers.simulate;

import io.planwatch.domain.model.Measure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * How many decimals a figure is published with: whole numbers for counts (个, 家, 人, 天…), one decimal
 * for percentages and growth, two for everything else (亿元, 万户…). Values are rounded when they are
 * made, so that the written files read back to exactly the same numbers.
 */
final class Decimals {
  private static final Set<String> COUNT_UNITS =
      Set.of(
          "个", "家", "人", "户", "天", "日", "列", "项", "件", "次", "场", "所", "座", "辆", "套", "床", "张", "名",
          "位", "人次", "处", "条", "支", "台", "艘", "架", "部", "册", "宗", "批", "班");

  private Decimals() {}

  /** The decimals of a figure of this unit and measure. */
  static int of(String unit, Measure measure) {
    if (measure == Measure.YTD_GROWTH || "%".equals(unit)) {
      return 1;
    }
    return COUNT_UNITS.contains(unit) ? 0 : 2;
  }

  /** {@code value} rounded half up to {@code decimals} (never negative zero). */
  static double round(double value, int decimals) {
    double rounded =
        BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    return rounded == 0 ? 0.0 : rounded;
  }

  /** The published text of a rounded value: plain digits, exactly {@code decimals} of them. */
  static String text(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }
}
