package io.planwatch.domain.catalogue;

import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.TargetKind;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Unit conversions a target may use against its indicator's unit: the Chinese magnitude prefixes 万
 * (10⁴) and 亿 (10⁸) on yuan, US dollars, households, people, visits, mu, tonnes, square metres and
 * kilowatts. {@code %} converts only to itself: a percentage is not a magnitude.
 */
final class Units {

  /** Each family maps a unit to its size in the family's base unit. */
  private static final List<Map<String, BigDecimal>> FAMILIES =
      List.of(
          magnitudes("元"),
          magnitudes("美元"),
          magnitudes("户"),
          magnitudes("人"),
          magnitudes("人次"),
          magnitudes("亩"),
          magnitudes("吨"),
          magnitudes("平方米"),
          magnitudes("千瓦"),
          Map.of("%", BigDecimal.ONE));

  /** The unit every growth or reduction target is written in. */
  static final String PERCENT = "%";

  private Units() {}

  private static Map<String, BigDecimal> magnitudes(String base) {
    return Map.of(
        base, BigDecimal.ONE, "万" + base, BigDecimal.TEN.pow(4), "亿" + base, BigDecimal.TEN.pow(8));
  }

  /** The factor that turns a figure in {@code from} into {@code to}, if they are convertible. */
  static Optional<BigDecimal> factor(String from, String to) {
    if (from.equals(to)) {
      return Optional.of(BigDecimal.ONE);
    }
    for (Map<String, BigDecimal> family : FAMILIES) {
      BigDecimal fromSize = family.get(from);
      BigDecimal toSize = family.get(to);
      if (fromSize != null && toSize != null) {
        return Optional.of(fromSize.divide(toSize));
      }
    }
    return Optional.empty();
  }

  /** Kinds whose figure is a percentage change, written in %, whatever the indicator's unit. */
  static final Set<TargetKind> PERCENT_KINDS =
      EnumSet.of(TargetKind.ANNUAL_GROWTH, TargetKind.AVERAGE_ANNUAL_GROWTH, TargetKind.REDUCTION);

  /**
   * The rule on a target's unit: a percentage-change kind is written in %, any other kind in its
   * indicator's unit or a 万/亿 multiple of it. The factor from the target's unit to the indicator's,
   * or empty (reported) when the unit does not fit.
   */
  static Optional<BigDecimal> targetFactor(
      Fields fields,
      Optional<TargetKind> kind,
      Optional<String> unit,
      Optional<Indicator> indicator) {
    if (kind.isEmpty() || unit.isEmpty()) {
      return Optional.empty();
    }
    if (PERCENT_KINDS.contains(kind.get())) {
      if (!Units.PERCENT.equals(unit.get())) {
        fields.error(
            "unit",
            "a target of kind "
                + kind.get()
                + " is a percentage change; its unit must be %, found '"
                + unit.get()
                + "'");
        return Optional.empty();
      }
      return Optional.of(BigDecimal.ONE);
    }
    if (indicator.isEmpty()) {
      return Optional.empty();
    }
    String expected = indicator.get().unit();
    Optional<BigDecimal> factor = factor(unit.get(), expected);
    if (factor.isEmpty()) {
      fields.error(
          "unit",
          "unit '"
              + unit.get()
              + "' does not match indicator "
              + indicator.get().code()
              + " ("
              + expected
              + ") and cannot be converted to it; use "
              + expected
              + " or a 万/亿 multiple of it");
    }
    return factor;
  }
}
