package io.planwatch.streams.topology;

import io.planwatch.avro.StatisticalObservation;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.pace.LastYearProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The latest revision of every figure of the series this task owns, keyed {@code
 * indicator|region|YYYY-MM|measure}: a prefix scan reads one series, or one year of it.
 *
 * <p>Evaluating one figure reads the same years once per target of the series (latest figure, last
 * year's profile, next year); the scans are remembered until the next {@link #put} or {@link
 * #forget}, which the evaluator calls before each record, so each is read and decoded once.
 */
final class SeriesFigures {
  private static final StringSerializer KEYS = new StringSerializer();

  private final KeyValueStore<String, StatisticalObservation> store;
  // Scans come out in key order, series|YYYY-MM|measure: month by month within a year.
  private final Map<String, List<StatisticalObservation>> scans = new HashMap<>();
  private final Map<String, LastYearProfile> lastYears = new HashMap<>();

  SeriesFigures(final KeyValueStore<String, StatisticalObservation> store) {
    this.store = store;
  }

  StatisticalObservation get(final String observationKey) {
    return store.get(observationKey);
  }

  void put(final String observationKey, final StatisticalObservation observation) {
    store.put(observationKey, observation);
    forget();
  }

  /** Drops the remembered scans: the store may have changed since (a new record, a restore). */
  void forget() {
    scans.clear();
    lastYears.clear();
  }

  /** The figure of the latest period of {@code year} reported as {@code measure}, or null. */
  StatisticalObservation latest(final String series, final int year, final Measure measure) {
    final List<StatisticalObservation> figures = year(series, year);
    for (int i = figures.size() - 1; i >= 0; i--) {
      if (DomainViews.measure(figures.get(i)) == measure) {
        return figures.get(i);
      }
    }
    return null;
  }

  /** The figures of {@code year} reported as {@code measure}, month by month. */
  List<StatisticalObservation> months(final String series, final int year, final Measure measure) {
    return year(series, year).stream().filter(o -> DomainViews.measure(o) == measure).toList();
  }

  /**
   * Last year's figures of the series as the pace engine wants them: YTD levels by month, the
   * annual total (December's YTD) and the end-of-year stock (December's period level).
   */
  LastYearProfile lastYear(final String series, final int year) {
    return lastYears.computeIfAbsent(
        SeriesKeys.yearPrefix(series, year - 1), prefix -> profile(scan(prefix)));
  }

  private static LastYearProfile profile(final List<StatisticalObservation> lastYear) {
    final Map<Integer, Double> ytd = new HashMap<>();
    Double stock = null;
    for (final StatisticalObservation o : lastYear) {
      final Measure measure = DomainViews.measure(o);
      if (measure == Measure.YTD_LEVEL) {
        ytd.put(o.getPeriod().getMonth(), o.getValue());
      } else if (measure == Measure.PERIOD_LEVEL && o.getPeriod().getMonth() == 12) {
        stock = o.getValue();
      }
    }
    return new LastYearProfile(ytd, null, stock);
  }

  /** The years the series has figures for. */
  SortedSet<Integer> years(final String series) {
    final SortedSet<Integer> years = new TreeSet<>();
    scan(SeriesKeys.seriesPrefix(series)).forEach(o -> years.add(o.getPeriod().getYear()));
    return years;
  }

  /** Whether the series has any figure in {@code year}. */
  boolean hasYear(final String series, final int year) {
    return !year(series, year).isEmpty();
  }

  private List<StatisticalObservation> year(final String series, final int year) {
    return scan(SeriesKeys.yearPrefix(series, year));
  }

  private List<StatisticalObservation> scan(final String prefix) {
    return scans.computeIfAbsent(prefix, this::read);
  }

  private List<StatisticalObservation> read(final String prefix) {
    final List<StatisticalObservation> values = new ArrayList<>();
    try (KeyValueIterator<String, StatisticalObservation> it = store.prefixScan(prefix, KEYS)) {
      while (it.hasNext()) {
        final KeyValue<String, StatisticalObservation> next = it.next();
        values.add(next.value);
      }
    }
    return List.copyOf(values);
  }
}
