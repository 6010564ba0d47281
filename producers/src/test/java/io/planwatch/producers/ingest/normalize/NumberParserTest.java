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
      })
  void shouldReadNumbersAsBureausWriteThem(String text, String expected) {
    assertThat(NumberParser.parse(text)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest
  @CsvSource(value = {"''", "-", "—", "…", "...", "--", "NaN"})
  void shouldTreatPlaceholdersAsAnEmptyValue(String text) {
    assertThatThrownBy(() -> NumberParser.parse(text))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.EMPTY_VALUE));
  }

  @ParameterizedTest
  @CsvSource(value = {"12.3.4", "'1,23'", "abc", "5.1%", "'12,34,567'", "1..2"})
  void shouldRejectWhatIsNoNumber(String text) {
    assertThatThrownBy(() -> NumberParser.parse(text))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.UNPARSABLE_NUMBER));
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
