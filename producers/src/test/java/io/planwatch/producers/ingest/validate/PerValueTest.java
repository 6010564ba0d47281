package io.planwatch.producers.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planwatch.producers.ingest.normalize.InvalidValueException;
import io.planwatch.producers.ingest.normalize.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerValueTest {
  @Test
  void shouldParseEachDistinctTextOnce() {
    List<String> parsed = new ArrayList<>();
    PerValue<Integer> lengths =
        PerValue.of(
            text -> {
              parsed.add(text);
              return text.length();
            });

    assertThat(List.of(lengths.apply("2022-06"), lengths.apply("6月"), lengths.apply("2022-06")))
        .containsExactly(7, 2, 7);
    assertThat(parsed).containsExactly("2022-06", "6月");
  }

  @Test
  void shouldRejectARepeatedBadTextEveryTimeWithTheSameProblem() {
    List<String> parsed = new ArrayList<>();
    PerValue<Integer> numbers =
        PerValue.of(
            text -> {
              parsed.add(text);
              throw new InvalidValueException(Problem.UNPARSABLE_NUMBER, "not " + text);
            });

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> numbers.apply("x"))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.problem()).isEqualTo(Problem.UNPARSABLE_NUMBER);
                assertThat(e.detail()).isEqualTo("not x");
              });
    }
    assertThat(parsed).containsExactly("x");
  }
}
