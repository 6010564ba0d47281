package io.planwatch.producers.simulate;

import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.Period;
import io.planwatch.producers.simulate.SeriesPlan.Shape;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The simulated figures of one series: the true (final) level and YTD growth of every period, and
 * what was first published for it (the provisional figure, which differs from the truth where the
 * bureau later revises it). All values are rounded as published.
 *
 * <p>Flows accumulate along the seasonal profile of the year's total and never fall within a year;
 * stocks move in a straight line from last year's end to this year's path; rates keep a margin on
 * the good side of their bound. Shocks pull the figures behind; YTD growth is always the level over
 * the same period last year (the final figure), so levels and growth agree.
 */
final class SeriesValues {
  /** Share of monthly and quarterly figures whose provisional value is later revised. */
  static final double REVISION_SHARE = 0.05;

  private final SeriesPlan plan;
  private final NavigableMap<Period, Double> level = new TreeMap<>();
  private final NavigableMap<Period, Double> growth = new TreeMap<>();
  private final NavigableMap<Period, Double> provisionalLevel = new TreeMap<>();
  private final NavigableMap<Period, Double> provisionalGrowth = new TreeMap<>();
  private final int levelDecimals;

  private SeriesValues(SeriesPlan plan) {
    this.plan = plan;
    this.levelDecimals = Decimals.of(plan.indicator().unit(), plan.levelMeasure());
  }

  /** Simulates a series under a configuration. */
  static SeriesValues simulate(SeriesPlan plan, SimulationConfig config) {
    SeriesValues values = new SeriesValues(plan);
    values.truth(config);
    values.provisional(config);
    return values;
  }

  SeriesPlan plan() {
    return plan;
  }

  /** The final level of a period, if simulated. */
  Optional<Double> level(Period period) {
    return Optional.ofNullable(level.get(period));
  }

  /** The final YTD growth of a period, if published. */
  Optional<Double> growth(Period period) {
    return Optional.ofNullable(growth.get(period));
  }

  /** The first-published level of a period (equal to the final one unless revised). */
  Optional<Double> provisionalLevel(Period period) {
    return Optional.ofNullable(provisionalLevel.getOrDefault(period, level.get(period)));
  }

  /** The first-published growth of a period (equal to the final one unless revised). */
  Optional<Double> provisionalGrowth(Period period) {
    return Optional.ofNullable(provisionalGrowth.getOrDefault(period, growth.get(period)));
  }

  /** Every simulated period with a level, in order. */
  Map<Period, Double> levels() {
    return Collections.unmodifiableNavigableMap(level);
  }

  private void truth(SimulationConfig config) {
    SplittableRandom random =
        Seeds.of(config.seed(), "values|" + plan.indicator().code() + "|" + plan.region().code());
    List<Integer> months = plan.months();
    for (int year = config.firstInternalYear(); year <= config.lastYear(); year++) {
      double annual = plan.path().get(year);
      double previous = 0;
      for (int month : months) {
        Period period = new Period(year, month);
        double noise = plan.noise() * Seeds.gaussian(random);
        double shortfall = shortfall(config, year, month);
        double value =
            switch (plan.shape()) {
              case FLOW -> annual * plan.profile().share(month) * (1 + noise) * (1 - shortfall);
              case STOCK -> stock(config, year, month, annual) * (1 + noise) * (1 - shortfall);
              case RATE -> rate(annual, noise, shortfall);
            };
        // Whole-number flows (projects, schools) are counted up: a quota of 1.4 a year means 2.
        value =
            levelDecimals == 0 && plan.shape() == Shape.FLOW
                ? Math.ceil(value - 1e-9)
                : Decimals.round(value, levelDecimals);
        if (plan.shape() == Shape.FLOW) {
          value = Math.max(previous, value);
          previous = value;
        }
        level.put(period, value);
      }
    }
    if (plan.publishGrowth()) {
      for (Period period : level.keySet()) {
        growthOf(level.get(period), period).ifPresent(g -> growth.put(period, g));
      }
    }
  }

  private void provisional(SimulationConfig config) {
    SplittableRandom random =
        Seeds.of(
            config.seed(), "revisions|" + plan.indicator().code() + "|" + plan.region().code());
    boolean revisable = plan.indicator().frequency() != Frequency.ANNUAL;
    for (Period period : level.keySet()) {
      boolean revised = random.nextDouble() < REVISION_SHARE;
      double size = 0.3 + 0.5 * random.nextDouble();
      double sign = random.nextBoolean() ? 1 : -1;
      if (period.year() < config.firstYear()) {
        continue;
      }
      double truth = level.get(period);
      YearMonth month = YearMonth.of(period.year(), period.month());
      Optional<FalseAlarm> alarm =
          config.falseAlarms().stream()
              .filter(a -> a.affects(plan.indicator().code(), plan.region().code(), month))
              .findFirst();
      double published;
      if (alarm.isPresent()) {
        published = worse(truth, alarm.get().dip());
      } else if (revisable && revised) {
        published = shifted(truth, sign * size / 100.0);
      } else {
        continue;
      }
      published = Decimals.round(published, levelDecimals);
      provisionalLevel.put(period, published);
      if (growth.containsKey(period)) {
        growthOf(published, period).ifPresent(g -> provisionalGrowth.put(period, g));
      }
    }
  }

  private Optional<Double> growthOf(double current, Period period) {
    Double lastYear = level.get(new Period(period.year() - 1, period.month()));
    if (lastYear == null || !(lastYear > 0) || current < 0) {
      return Optional.empty();
    }
    return Optional.of(Decimals.round((current / lastYear - 1) * 100, 1));
  }

  private double stock(SimulationConfig config, int year, int month, double annual) {
    Double lastEnd = level.get(new Period(year - 1, 12));
    double start = lastEnd != null ? lastEnd : plan.path().get(config.firstInternalYear()) / 1.05;
    return start + (annual - start) * month / 12.0;
  }

  private double rate(double path, double noise, double shortfall) {
    double value =
        path + plan.side() * (plan.margin() + noise) - plan.side() * shortfall * scale(path);
    return "%".equals(plan.indicator().unit()) ? Math.max(0, Math.min(100, value)) : value;
  }

  private double scale(double path) {
    return "%".equals(plan.indicator().unit()) ? 100 : Math.abs(path);
  }

  /** A figure made worse by a fraction: lower levels, a rate on the wrong side. */
  private double worse(double truth, double fraction) {
    if (plan.shape() == Shape.RATE) {
      return truth - plan.side() * fraction * scale(truth);
    }
    return truth * (1 - fraction);
  }

  private double shifted(double truth, double fraction) {
    if (plan.shape() == Shape.RATE) {
      return truth + fraction * scale(truth) / 2;
    }
    return truth * (1 + fraction);
  }

  private double shortfall(SimulationConfig config, int year, int month) {
    YearMonth ym = YearMonth.of(year, month);
    double total = 0;
    for (Shock shock : config.shocks()) {
      if (shock.affects(plan.indicator().code(), plan.region().code())) {
        total += shock.shortfall(ym);
      }
    }
    return Math.min(0.9, total);
  }

  /** The measure of the level figures. */
  Measure levelMeasure() {
    return plan.levelMeasure();
  }

  int levelDecimals() {
    return levelDecimals;
  }
}
