package io.planwatch.producers.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodParserTest {
  @ParameterizedTest(name = "{0} → {1}-{2} {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "2022年1-6月     | 2022 | 6  | MONTHLY   | null",
        "2022年1—6月     | 2022 | 6  | MONTHLY   | null",
        "2022年1～6月    | 2022 | 6  | MONTHLY   | null",
        "2022年1-6月累计 | 2022 | 6  | MONTHLY   | null",
        "２０２２年１－６月 | 2022 | 6  | MONTHLY   | null",
        "1-6月           | 2022 | 6  | MONTHLY   | 2022",
        "1-2月           | 2023 | 2  | MONTHLY   | 2023",
        "2022年1-12月    | 2022 | 12 | MONTHLY   | null",
        "2022年6月       | 2022 | 6  | MONTHLY   | null",
        "2022年6月份     | 2022 | 6  | MONTHLY   | null",
        "6月             | 2021 | 6  | MONTHLY   | 2021",
        "2022年二季度    | 2022 | 6  | QUARTERLY | null",
        "2022年第2季度   | 2022 | 6  | QUARTERLY | null",
        "2022年第二季度  | 2022 | 6  | QUARTERLY | null",
        "2022年一季度    | 2022 | 3  | QUARTERLY | null",
        "2022年四季度    | 2022 | 12 | QUARTERLY | null",
        "2022年前三季度  | 2022 | 9  | QUARTERLY | null",
        "三季度          | 2022 | 9  | QUARTERLY | 2022",
        "2022年上半年    | 2022 | 6  | QUARTERLY | null",
        "上半年          | 2022 | 6  | QUARTERLY | 2022",
        "2022年全年      | 2022 | 12 | ANNUAL    | null",
        "2022年度        | 2022 | 12 | ANNUAL    | null",
        "2022年          | 2022 | 12 | ANNUAL    | null",
        "2022            | 2022 | 12 | ANNUAL    | null",
        "2022-A1         | 2022 | 12 | ANNUAL    | null",
        "2022-06         | 2022 | 6  | MONTHLY   | null",
        "2022-6          | 2022 | 6  | MONTHLY   | null",
        "2022/06         | 2022 | 6  | MONTHLY   | null",
        "202206          | 2022 | 6  | MONTHLY   | null",
        "2022-06-30      | 2022 | 6  | MONTHLY   | null",
        "2022-M06        | 2022 | 6  | MONTHLY   | null",
        "2022M06         | 2022 | 6  | MONTHLY   | null",
        "2022m6          | 2022 | 6  | MONTHLY   | null",
        "2022-Q2         | 2022 | 6  | QUARTERLY | null",
        "2022Q2          | 2022 | 6  | QUARTERLY | null",
        "2022-S1         | 2022 | 6  | QUARTERLY | null",
      })
  void shouldReadEveryNotation(
      String text, int year, int month, Frequency freq, Integer byDefault) {
    ParsedPeriod parsed = PeriodParser.parse(text, byDefault);

    assertThat(parsed).isEqualTo(new ParsedPeriod(new Period(year, month), freq));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2022年4-6月   | a year-to-date range starts in month 1, not 4",
        "1-6月         | no year: add a year column (年份) or pass --year",
        "2022年13月    | month must be 1..12: 13",
        "2022年1-13月  | month must be 1..12: 13",
        "2022-S2       | the second half-year is not a year-to-date period",
        "2022年下半年  | ",
        "上个月        | ",
        "2022-Q5       | ",
      })
  void shouldRejectWhatIsNoYearToDatePeriod(String text, String detail) {
    assertThatThrownBy(() -> PeriodParser.parse(text, null))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(Problem.UNPARSABLE_PERIOD);
              assertThat(e.detail()).isEqualTo(detail);
            });
  }

  @ParameterizedTest
  @CsvSource(value = {"''", "'  '"})
  void shouldCallABlankPeriodEmpty(String text) {
    assertThatThrownBy(() -> PeriodParser.parse(text, 2022))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.EMPTY_VALUE));
  }
}
