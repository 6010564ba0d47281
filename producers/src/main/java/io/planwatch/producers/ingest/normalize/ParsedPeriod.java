package io.planwatch.producers.ingest.normalize;

import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Period;
import java.util.Objects;

/**
 * A period read from a file, with the frequency its notation implies (1-6月 monthly, 二季度 and 上半年
 * quarterly, 2022年 annual).
 */
public record ParsedPeriod(Period period, Frequency frequency) {
  public ParsedPeriod {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(frequency, "frequency");
    if (frequency == Frequency.QUARTERLY && period.month() % 3 != 0) {
      throw new IllegalArgumentException(
          "a quarterly period ends in month 3, 6, 9 or 12: " + period);
    }
    if (frequency == Frequency.ANNUAL && period.month() != 12) {
      throw new IllegalArgumentException("an annual period ends in December: " + period);
    }
  }
}
