package io.planwatch.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class UnitsTest {

  @Example
  void shouldConvertBetweenMagnitudesOfOneBase() {
    assertFactor("亿元", "万元", "10000");
    assertFactor("万户", "户", "10000");
    assertFactor("万元", "亿元", "0.0001");
    assertFactor("亿美元", "美元", "100000000");
    assertFactor("万人次", "人次", "10000");
  }

  private static void assertFactor(String from, String to, String expected) {
    assertThat(Units.factor(from, to))
        .hasValueSatisfying(factor -> assertThat(factor).isEqualByComparingTo(expected));
  }

  @Example
  void shouldNotConvertAcrossBasesOrPercent() {
    assertThat(Units.factor("亿美元", "亿元")).isEmpty();
    assertThat(Units.factor("户", "家")).isEmpty();
    assertThat(Units.factor("%", "‰")).isEmpty();
    assertThat(Units.factor("%", "万%")).isEmpty();
    assertFactor("%", "%", "1");
    assertFactor("件/万人", "件/万人", "1");
  }

  @Property
  void shouldComeBackToTheSameFigureAfterConvertingThereAndBack(
      @ForAll("units") String from,
      @ForAll("units") String to,
      @ForAll("figures") BigDecimal figure) {
    BigDecimal there = figure.multiply(Units.factor(from, to).orElseThrow());
    BigDecimal back = there.multiply(Units.factor(to, from).orElseThrow());

    assertThat(back).isEqualByComparingTo(figure);
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of("元", "万元", "亿元");
  }

  @Provide
  Arbitrary<BigDecimal> figures() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-1E6"), new BigDecimal("1E6"))
        .ofScale(3);
  }
}
