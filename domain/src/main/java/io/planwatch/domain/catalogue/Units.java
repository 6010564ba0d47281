package io.planwatch.domain.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
}
