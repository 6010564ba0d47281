package io.planwatch.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {
  @ParameterizedTest
  @CsvSource({
    "1949, 1, 1949-01",
    "2022, 6, 2022-06",
    "2022, 9, 2022-09",
    "2022, 10, 2022-10",
    "2200, 12, 2200-12"
  })
  void shouldWriteTheKeyWithAFourDigitYearAndATwoDigitMonth(int year, int month, String key) {
    assertThat(new Period(year, month).key()).isEqualTo(key);
  }
}
