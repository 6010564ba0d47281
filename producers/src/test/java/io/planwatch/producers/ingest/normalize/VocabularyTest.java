package io.planwatch.producers.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.ObservationStatus;
import io.planwatch.domain.model.PriceBasis;
import io.planwatch.domain.model.ProjectStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VocabularyTest {
  @ParameterizedTest
  @CsvSource({
    "累计值, YTD_LEVEL",
    "累计增长, YTD_GROWTH",
    "期末值, PERIOD_LEVEL",
    "比率, RATE",
    "ytd growth, YTD_GROWTH",
    "Period-Level, PERIOD_LEVEL"
  })
  void shouldReadMeasures(String word, Measure expected) {
    assertThat(Vocabulary.MEASURES.parse(word)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "初步, PROVISIONAL",
    "P, PROVISIONAL",
    "最终, FINAL",
    "A, FINAL",
    "修订, REVISED",
    "r, REVISED"
  })
  void shouldReadObservationStatuses(String word, ObservationStatus expected) {
    assertThat(Vocabulary.STATUSES.parse(word)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"现价, CURRENT", "可比价, COMPARABLE", "comparable, COMPARABLE"})
  void shouldReadPriceBases(String word, PriceBasis expected) {
    assertThat(Vocabulary.PRICE_BASES.parse(word)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "签约, SIGNED",
    "开工, STARTED",
    "在建, STARTED",
    "竣工, COMPLETED",
    "投产, IN_OPERATION",
    "in operation, IN_OPERATION",
    "前期, PREPARATION",
    "立项, APPROVED"
  })
  void shouldReadProjectStatuses(String word, ProjectStatus expected) {
    assertThat(Vocabulary.PROJECT_STATUSES.parse(word)).isEqualTo(expected);
  }

  @Test
  void shouldNameTheVocabularysProblemForAnUnknownWord() {
    assertThatThrownBy(() -> Vocabulary.MEASURES.parse("环比"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_MEASURE));
  }

  @Test
  void shouldReadDatesAndTimesInShanghai() {
    assertThat(DateTimes.date("2022年7月15日")).isEqualTo(LocalDate.of(2022, 7, 15));
    assertThat(DateTimes.date("2022/7/5")).isEqualTo(LocalDate.of(2022, 7, 5));
    assertThat(DateTimes.instant("2022-07-15 10:00"))
        .isEqualTo(Instant.parse("2022-07-15T02:00:00Z"));
    assertThat(DateTimes.instant("2022-07-15")).isEqualTo(Instant.parse("2022-07-14T16:00:00Z"));
    assertThat(DateTimes.instant("2022-07-15T10:00:00+08:00"))
        .isEqualTo(Instant.parse("2022-07-15T02:00:00Z"));
    assertThatThrownBy(() -> DateTimes.date("2022-02-30"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.UNPARSABLE_DATE));
  }
}
