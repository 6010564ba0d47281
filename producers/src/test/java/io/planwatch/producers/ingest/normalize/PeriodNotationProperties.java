package io.planwatch.producers.ingest.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Period;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PeriodNotationProperties {
  @Property
  void shouldReadBackEveryPeriodInEveryNotationThatFitsIt(
      @ForAll("periods") ParsedPeriod period, @ForAll PeriodNotation notation) {
    if (!notation.fits(period)) {
      return;
    }
    String text = notation.format(period.period());

    assertThat(PeriodParser.parse(text, null)).as(text).isEqualTo(period);
  }

  @Property
  void shouldReadBackShortChineseNotationsWithTheDefaultYear(
      @ForAll("periods") ParsedPeriod period) {
    if (period.frequency() != Frequency.MONTHLY) {
      return;
    }
    String withYear = PeriodNotation.CHINESE_YTD.format(period.period());
    String withoutYear = withYear.substring(withYear.indexOf('年') + 1);

    assertThat(PeriodParser.parse(withoutYear, period.period().year())).isEqualTo(period);
  }

  @Provide
  Arbitrary<ParsedPeriod> periods() {
    Arbitrary<Integer> years = Arbitraries.integers().between(1990, 2100);
    Arbitrary<ParsedPeriod> monthly =
        Combinators.combine(years, Arbitraries.integers().between(1, 12))
            .as((y, m) -> new ParsedPeriod(new Period(y, m), Frequency.MONTHLY));
    Arbitrary<ParsedPeriod> quarterly =
        Combinators.combine(years, Arbitraries.integers().between(1, 4))
            .as((y, q) -> new ParsedPeriod(Period.ofQuarter(y, q), Frequency.QUARTERLY));
    Arbitrary<ParsedPeriod> annual =
        years.map(y -> new ParsedPeriod(new Period(y, 12), Frequency.ANNUAL));
    return Arbitraries.oneOf(monthly, quarterly, annual);
  }
}
