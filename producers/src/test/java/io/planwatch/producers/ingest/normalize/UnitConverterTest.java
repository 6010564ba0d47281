package io.planwatch.producers.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitConverterTest {
  @ParameterizedTest(name = "{0} {1} → {3} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12345.6  | 万元             | 亿元 | 1.23456      | false",
        "1.5      | 亿元             | 万元 | 15000        | false",
        "250000000| 元               | 亿元 | 2.5          | false",
        "3.2      | 亿元人民币       | 亿元 | 3.2          | false",
        "7        | 100 million yuan | 亿元 | 7            | false",
        "8500     | 万美元           | 亿美元 | 0.85       | false",
        "0.85     | 亿美元           | 万美元 | 8500       | false",
        "42.1     | 万户             | 户   | 421000       | false",
        "3000     | 人               | 万人 | 0.3          | false",
        "925      | 万人             | 人   | 9250000      | false",
        "5.1      | ％               | %    | 5.1          | false",
        "5.1      | percent          | %    | 5.1          | false",
        "1.2      | 个百分点         | %    | 1.2          | true",
        "1.2      | %                | 个百分点 | 1.2      | true",
        "35       | ‰                | %    | 3.5          | false",
        "12       | 万吨             | 吨   | 120000       | false",
        "6        | 天               | 天   | 6            | false",
        "300      | 家               | 家   | 300          | false",
      })
  void shouldConvertWithinAKindOfUnit(
      String value, String from, String to, String expected, boolean growth) {
    BigDecimal converted = UnitConverter.convert(new BigDecimal(value), from, to, growth);

    assertThat(converted).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "亿美元   | 亿元 | UNCONVERTIBLE_UNIT",
        "万元     | 美元 | UNCONVERTIBLE_UNIT",
        "万户     | 万人 | UNCONVERTIBLE_UNIT",
        "个百分点 | %    | UNCONVERTIBLE_UNIT",
        "%        | 亿元 | UNCONVERTIBLE_UNIT",
        "万桶     | 亿元 | UNKNOWN_UNIT",
        "斤       | 吨   | UNKNOWN_UNIT",
      })
  void shouldRefuseUnitsOfAnotherKindOrUnknownOnes(String from, String to, Problem problem) {
    assertThatThrownBy(() -> UnitConverter.convert(BigDecimal.ONE, from, to, false))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.problem()).isEqualTo(problem));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "亿美元 | 亿元 | 亿美元 → 亿元 is a currency conversion, which is not done here: give the figure"
            + " in 亿元 / 不做汇率换算, 请以亿元填报",
        "个百分点 | % | 个百分点 → %: 个百分点 is a difference of rates; only growth figures may be given in it"
            + " / 仅增速可用个百分点",
      })
  void shouldExplainWhyAUnitCannotBeConverted(String from, String to, String detail) {
    assertThatThrownBy(() -> UnitConverter.convert(BigDecimal.ONE, from, to, false))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.detail()).isEqualTo(detail));
  }

  @Property
  void shouldComeBackToTheSameFigureThroughAnotherScale(
      @ForAll @BigRange(min = "-1000000", max = "1000000") @Scale(4) BigDecimal yi) {
    BigDecimal wan = UnitConverter.convert(yi, "亿元", "万元", false);
    BigDecimal yuan = UnitConverter.convert(wan, "万元", "元", false);

    assertThat(UnitConverter.convert(yuan, "元", "亿元", false)).isEqualByComparingTo(yi);
  }
}
