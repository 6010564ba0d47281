package io.planwatch.producers.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberParserTest {
  /** What a plain number was matched against before the hand-written check. */
  private static final Pattern PLAIN =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "345.6        | 345.6",
        "'1,234,567'  | 1234567",
        "'1,234.5'    | 1234.5",
        "－５.１      | -5.1",
        "１，２３４．５ | 1234.5",
        "−3.2         | -3.2",
        "+8.0         | 8.0",
        "' 12 '       | 12",
        ".5           | 0.5",
        "1.5E3        | 1500",
        "'1 234 567.8' | 1234567.8",
        "'1\u00A0234.5' | 1234.5",
        "'1\u2009234' | 1234",
        "'1\u3000234' | 1234",
        "１２３．４     | 123.4",
        "'\u200B12\uFEFF' | 12",
        "1.7976931348623157E308 | 1.7976931348623157E308",
      })
  void shouldReadNumbersAsBureausWriteThem(String text, String expected) {
    assertThat(NumberParser.parse(text)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest
  @CsvSource(value = {"''", "-", "—", "…", "……", "...", "--", "N/A", "无"})
  void shouldTreatPlaceholdersAsAnEmptyValue(String text) {
    assertThatThrownBy(() -> NumberParser.parse(text))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.EMPTY_VALUE));
  }

  @ParameterizedTest
  @CsvSource(
      value = {
        "12.3.4",
        "'1,23'",
        "abc",
        "5.1%",
        "'12,34,567'",
        "1..2",
        "'1,5'",
        "'1 234,5'",
        "'1.234,5'",
        "'5 6'",
        "'1,234 567'",
        "#DIV/0!",
        "(5.1)"
      })
  void shouldRejectWhatIsNoNumber(String text) {
    assertThatThrownBy(() -> NumberParser.parse(text))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.UNPARSABLE_NUMBER));
  }

  @Test
  void shouldSayTheDecimalMarkIsAPointWhenACommaCannotGroupThousands() {
    assertThatThrownBy(() -> NumberParser.parse("3,5"))
        .hasMessageContaining("the decimal mark is '.'");
  }

  @ParameterizedTest
  @CsvSource(value = {"NaN", "nan", "-NaN", "Infinity", "-Infinity", "inf", "∞", "−∞", "ＮａＮ"})
  void shouldRefuseNanAndInfinityAsNotFinite(String text) {
    assertThatThrownBy(() -> NumberParser.parse(text))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FINITE));
  }

  @ParameterizedTest
  @CsvSource(
      value = {
        "1e309",
        "-1E+309",
        "1.8e308",
        "1e-400",
        "4.9e-324",
        "1e99999999999",
        "１ｅ３０９",
        "1e2147483648",
        "-1e-2147483649"
      })
  void shouldRefuseNumbersBeyondADoubleAsOutOfRange(String text) {
    assertThatThrownBy(() -> NumberParser.parse(text))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.NUMBER_OUT_OF_RANGE));
  }

  @Test
  void shouldRefuseAHugeNumberAfterItsUnitMakesItOverflow() {
    assertThatThrownBy(() -> NumberParser.toDouble(new BigDecimal("1e300").scaleByPowerOfTen(9)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.NUMBER_OUT_OF_RANGE));
    assertThat(NumberParser.toDouble(new BigDecimal("-0"))).isZero();
  }

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {"5.1% | 5.1 | %", "'－５．１％' | -5.1 | %", "'3 ‰' | 3 | ‰", "5.1 | 5.1 |"})
  void shouldTakeATrailingPercentSignAsTheFiguresUnit(String text, String value, String unit) {
    NumberParser.Figure figure = NumberParser.parseFigure(text);

    assertThat(figure.value()).isEqualByComparingTo(value);
    assertThat(figure.unit()).isEqualTo(unit);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {"1234.5 | 1234.5", "1e309 | 1E+309", "1E-70 | 1E-70", "-0.000001 | -0.000001"})
  void shouldWriteANumberFoundAsANumberInFullUnlessItIsVeryLong(String number, String text) {
    assertThat(NumberParser.text(new BigDecimal(number))).isEqualTo(text);
  }

  @Property
  void shouldReadBackAGroupedNumber(
      @ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(2) BigDecimal value) {
    String grouped = String.format(Locale.ROOT, "%,.2f", value);

    assertThat(NumberParser.parse(grouped)).isEqualByComparingTo(value);
  }

  @Property
  void shouldTellPlainNumbersApartExactlyAsTheirRegularExpressionDoes(
      @ForAll("numberLikeText") String text) {
    assertThat(NumberParser.isPlain(text)).isEqualTo(PLAIN.matcher(text).matches());
  }

  @Provide
  Arbitrary<String> numberLikeText() {
    return Arbitraries.strings().withChars("0123456789+-.eE,x ").ofMaxLength(8);
  }
}
