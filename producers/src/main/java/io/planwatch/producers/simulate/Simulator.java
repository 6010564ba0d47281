package io.planwatch.producers.simulate;

import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.Observation;
import io.planwatch.domain.model.ObservationStatus;
import io.planwatch.domain.model.Period;
import io.planwatch.domain.model.PriceBasis;
import io.planwatch.domain.model.ProjectUpdate;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The simulator: realistic monthly releases for every series of the catalogue (see {@link
 * SeriesPlanner}) and reports for a portfolio of simulated projects, as a list of batches in
 * publication order, one per simulated month (January folded into January–February), after an
 * optional history batch. Pure: no Kafka, no clock, no files; the same catalogue and configuration
 * always give the same batches.
 *
 * <p>Every figure is first published PROVISIONAL (revision 0) in its month's batch; the next batch
 * republishes it as revision 1: FINAL with the same value, or REVISED with the true value where the
 * provisional one was off (about one in twenty monthly figures, and the configured false alarms).
 * The last batch's figures stay provisional. Every record's {@code source} is {@code
 * simulated:seed=<seed>}.
 */
public final class Simulator {
  /** Growth of these is published at comparable prices, as bureaus do. */
  private static final Set<String> COMPARABLE_GROWTH =
      Set.of("gdp", "industrial_value_added", "services_value_added", "finance_value_added");

  private final SimulationConfig config;
  private final List<SeriesValues> series;
  private final List<SimulatedProject> projects;

  public Simulator(Catalogue catalogue, SimulationConfig config) {
    this.config = config;
    this.series =
        new SeriesPlanner(catalogue, config)
            .plans().stream().map(plan -> SeriesValues.simulate(plan, config)).toList();
    this.projects = ProjectPortfolio.of(catalogue, config);
  }

  public SimulationConfig config() {
    return config;
  }

  /** The simulated projects. */
  public List<SimulatedProject> projects() {
    return projects;
  }

  /** The series simulated, in publication order. */
  public List<SeriesPlan> series() {
    return series.stream().map(SeriesValues::plan).toList();
  }

  /** Every batch, in publication order: the history batch (if any), then one per month. */
  public List<SimulationBatch> batches() {
    return stream().toList();
  }

  /** The batches, made one at a time as the stream is consumed. */
  public Stream<SimulationBatch> stream() {
    Stream<SimulationBatch> history =
        config.historyYears() > 0 ? Stream.of(historyBatch()) : Stream.empty();
    return Stream.concat(history, months().stream().map(this::monthBatch));
  }

  /** The months with a batch: February to December of every simulated year. */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (int year = config.firstYear(); year <= config.lastYear(); year++) {
      for (int month = 2; month <= 12; month++) {
        months.add(YearMonth.of(year, month));
      }
    }
    return months;
  }

  private SimulationBatch historyBatch() {
    int first = config.firstPublishedYear();
    int last = config.firstYear() - 1;
    String name = (first == last ? first + "" : first + "-" + last) + "-history";
    Instant published = ReleaseCalendar.history(config.firstYear());
    List<Period> periods = new ArrayList<>();
    for (int year = last; year >= first; year--) {
      for (int month = 12; month >= 2; month--) {
        periods.add(new Period(year, month));
      }
    }
    List<Observation> observations = new ArrayList<>();
    for (Period period : periods) {
      for (SeriesValues values : series) {
        String release = "sim-" + name + "-" + values.plan().region().code();
        emit(values, period, 0, ObservationStatus.FINAL, release, published, observations);
      }
    }
    return new SimulationBatch(
        name, new Period(last, 12), true, published, observations, List.of());
  }

  private SimulationBatch monthBatch(YearMonth month) {
    Instant published = ReleaseCalendar.release(config.seed(), month);
    Period period = new Period(month.getYear(), month.getMonthValue());
    List<Observation> observations = new ArrayList<>();
    Optional<YearMonth> previous = previousMonth(month);
    for (SeriesValues values : series) {
      if (previous.isPresent()) {
        Period last = new Period(previous.get().getYear(), previous.get().getMonthValue());
        emit(values, last, 1, null, release(month, values), published, observations);
      }
    }
    for (SeriesValues values : series) {
      emit(
          values,
          period,
          0,
          ObservationStatus.PROVISIONAL,
          release(month, values),
          published,
          observations);
    }
    List<ProjectUpdate> updates =
        projects.stream().map(p -> p.update(month, published, config.source())).toList();
    return new SimulationBatch(month.toString(), period, false, published, observations, updates);
  }

  private Optional<YearMonth> previousMonth(YearMonth month) {
    YearMonth previous = month.getMonthValue() == 2 ? month.minusMonths(2) : month.minusMonths(1);
    return previous.getYear() >= config.firstYear() ? Optional.of(previous) : Optional.empty();
  }

  private static String release(YearMonth month, SeriesValues values) {
    return "sim-" + month + "-" + values.plan().region().code();
  }

  /**
   * Adds the level (and growth) figures of a period. Revision 0 publishes the provisional value
   * with {@code status}; revision 1 publishes the final value, FINAL when it equals the provisional
   * one, else REVISED.
   */
  private void emit(
      SeriesValues values,
      Period period,
      int revision,
      ObservationStatus status,
      String releaseId,
      Instant published,
      List<Observation> out) {
    if (!values.plan().months().contains(period.month())) {
      return;
    }
    boolean provisional = status == ObservationStatus.PROVISIONAL;
    Optional<Double> level = provisional ? values.provisionalLevel(period) : values.level(period);
    Optional<Double> growth =
        provisional ? values.provisionalGrowth(period) : values.growth(period);
    Indicator indicator = values.plan().indicator();
    level.ifPresent(
        v ->
            out.add(
                observation(
                    values,
                    period,
                    values.levelMeasure(),
                    v,
                    indicator.unit(),
                    indicator.priceBasis(),
                    revision == 0 ? status : finalStatus(v, values.provisionalLevel(period)),
                    releaseId,
                    revision,
                    published)));
    if (values.levelMeasure() == Measure.YTD_GROWTH) {
      return;
    }
    PriceBasis growthBasis =
        COMPARABLE_GROWTH.contains(indicator.code())
            ? PriceBasis.COMPARABLE
            : indicator.priceBasis();
    growth.ifPresent(
        v ->
            out.add(
                observation(
                    values,
                    period,
                    Measure.YTD_GROWTH,
                    v,
                    "%",
                    growthBasis,
                    revision == 0 ? status : finalStatus(v, values.provisionalGrowth(period)),
                    releaseId,
                    revision,
                    published)));
  }

  private static ObservationStatus finalStatus(double value, Optional<Double> provisional) {
    return provisional.isPresent() && provisional.get() != value
        ? ObservationStatus.REVISED
        : ObservationStatus.FINAL;
  }

  private Observation observation(
      SeriesValues values,
      Period period,
      Measure measure,
      double value,
      String unit,
      PriceBasis priceBasis,
      ObservationStatus status,
      String releaseId,
      int revision,
      Instant published) {
    return new Observation(
        values.plan().indicator().code(),
        values.plan().region().code(),
        period,
        measure,
        value,
        unit,
        priceBasis,
        values.plan().indicator().frequency(),
        status,
        releaseId,
        revision,
        published,
        config.source());
  }
}
