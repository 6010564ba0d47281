package io.planwatch.producers.ingest.normalize;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Converts figures to an indicator's unit: scale prefixes on a known base (元, 万元, 亿元; 美元, 万美元, 亿美元;
 * 户, 万户; 人, 万人; 吨, 万吨…), {@code %}, {@code ‰} and, for growth figures only, {@code 个百分点}. Changing
 * currency (亿美元 → 亿元) is refused: it needs an exchange rate.
 */
public final class UnitConverter {
  private static final MathContext PRECISION = MathContext.DECIMAL64;

  /** Scale prefixes, longest first. */
  private static final List<Map.Entry<String, BigDecimal>> PREFIXES =
      List.of(
          Map.entry("千万", BigDecimal.valueOf(10_000_000)),
          Map.entry("百万", BigDecimal.valueOf(1_000_000)),
          Map.entry("十万", BigDecimal.valueOf(100_000)),
          Map.entry("亿", BigDecimal.valueOf(100_000_000)),
          Map.entry("万", BigDecimal.valueOf(10_000)),
          Map.entry("千", BigDecimal.valueOf(1_000)),
          Map.entry("百", BigDecimal.valueOf(100)));

  /** Bases a unit may be built on. */
  private static final Set<String> BASES =
      Set.of(
          "元", "美元", "户", "人", "人次", "家", "个", "项", "件", "辆", "套", "座", "所", "床", "张", "场", "次",
          "天", "日", "吨", "吨标准煤", "克", "千瓦时", "瓦", "千瓦", "平方米", "平方公里", "公里", "米", "立方米", "亩", "公顷",
          "标箱");

  private static final Set<String> CURRENCIES = Set.of("元", "美元");

  /** English and SDMX spellings, and Chinese variants, mapped to the canonical unit. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("亿元人民币", "亿元"),
          Map.entry("人民币亿元", "亿元"),
          Map.entry("万元人民币", "万元"),
          Map.entry("人民币", "元"),
          Map.entry("yuan", "元"),
          Map.entry("cny", "元"),
          Map.entry("rmb", "元"),
          Map.entry("10kyuan", "万元"),
          Map.entry("10thousandyuan", "万元"),
          Map.entry("cny_1e4", "万元"),
          Map.entry("100millionyuan", "亿元"),
          Map.entry("100myuan", "亿元"),
          Map.entry("cny_1e8", "亿元"),
          Map.entry("usd", "美元"),
          Map.entry("usd_1e4", "万美元"),
          Map.entry("10kusd", "万美元"),
          Map.entry("usd_1e8", "亿美元"),
          Map.entry("100millionusd", "亿美元"),
          Map.entry("persons", "人"),
          Map.entry("10kpersons", "万人"),
          Map.entry("households", "户"),
          Map.entry("10khouseholds", "万户"),
          Map.entry("enterprises", "家"),
          Map.entry("days", "天"),
          Map.entry("percent", "%"),
          Map.entry("pct", "%"),
          Map.entry("pc", "%"),
          Map.entry("百分比", "%"),
          Map.entry("百分点", "个百分点"),
          Map.entry("pp", "个百分点"),
          Map.entry("percentagepoints", "个百分点"),
          Map.entry("permille", "‰"));

  private UnitConverter() {}

  /**
   * Converts a value.
   *
   * @param value the figure
   * @param from the unit it is written in
   * @param to the unit wanted (the indicator's)
   * @param growth whether it is a growth figure ({@code 个百分点} then reads as {@code %})
   * @throws InvalidValueException UNKNOWN_UNIT for a unit it cannot read, UNCONVERTIBLE_UNIT for
   *     units that do not measure the same thing
   */
  public static BigDecimal convert(BigDecimal value, String from, String to, boolean growth) {
    return conversion(from, to, growth).apply(value);
  }

  /**
   * The conversion from one unit to another, to apply to any number of figures.
   *
   * @throws InvalidValueException as {@link #convert}
   */
  public static UnaryOperator<BigDecimal> conversion(String from, String to, boolean growth) {
    String source = canonical(from);
    String target = canonical(to);
    if (source.equals(target)) {
      return UnaryOperator.identity();
    }
    Scaled s = scaled(source).orElseThrow(() -> new InvalidValueException(Problem.UNKNOWN_UNIT));
    Scaled t =
        scaled(target)
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        Problem.UNCONVERTIBLE_UNIT,
                        "the indicator's unit " + to + " is not known"));
    String sourceBase = growthAware(s.base(), growth);
    String targetBase = growthAware(t.base(), growth);
    if (!sourceBase.equals(targetBase)) {
      throw new InvalidValueException(
          Problem.UNCONVERTIBLE_UNIT, explain(source, target, s.base(), t.base()));
    }
    return value -> value.multiply(s.factor()).divide(t.factor(), PRECISION).stripTrailingZeros();
  }

  /** The canonical spelling of a unit (NFKC, aliases resolved), e.g. {@code ％} → {@code %}. */
  public static String canonical(String unit) {
    String text = Normalizer.normalize(unit == null ? "" : unit, Normalizer.Form.NFKC).trim();
    String key = text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    return ALIASES.getOrDefault(key, text.replaceAll("\\s+", ""));
  }

  private static String growthAware(String base, boolean growth) {
    return growth && base.equals("个百分点") ? "%" : base;
  }

  private static String explain(
      String source, String target, String sourceBase, String targetBase) {
    if (CURRENCIES.contains(sourceBase) && CURRENCIES.contains(targetBase)) {
      return source
          + " → "
          + target
          + " is a currency conversion, which is not done here: give the figure in "
          + target
          + " / 不做汇率换算, 请以"
          + target
          + "填报";
    }
    if (sourceBase.equals("个百分点") || targetBase.equals("个百分点")) {
      return source
          + " → "
          + target
          + ": 个百分点 is a difference of rates; only growth figures"
          + " may be given in it / 仅增速可用个百分点";
    }
    return source + " → " + target + " measure different things / 计量对象不同";
  }

  private static Optional<Scaled> scaled(String unit) {
    switch (unit) {
      case "%":
      case "个百分点":
        return Optional.of(new Scaled(unit, BigDecimal.ONE));
      case "‰":
        return Optional.of(new Scaled("%", new BigDecimal("0.1")));
      default:
        break;
    }
    if (BASES.contains(unit)) {
      return Optional.of(new Scaled(unit, BigDecimal.ONE));
    }
    for (Map.Entry<String, BigDecimal> prefix : PREFIXES) {
      String rest =
          unit.startsWith(prefix.getKey()) ? unit.substring(prefix.getKey().length()) : "";
      if (BASES.contains(rest)) {
        return Optional.of(new Scaled(rest, prefix.getValue()));
      }
    }
    return Optional.empty();
  }

  private record Scaled(String base, BigDecimal factor) {}
}
