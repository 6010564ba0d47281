package io.planwatch.producers.simulate;

import java.time.YearMonth;
import java.util.List;

/**
 * What to simulate.
 *
 * @param firstYear first year of monthly releases
 * @param lastYear last year of monthly releases
 * @param historyYears years before {@code firstYear} published at once, as final figures, in one
 *     leading history batch (so that a pace monitor knows last year's seasonal profile from the
 *     first month on); 0 for none
 * @param seed the random seed: the same seed gives the same records and the same bytes
 * @param shocks slumps that make targets fall behind and recover
 * @param falseAlarms provisional figures published too low and revised in the next release
 */
public record SimulationConfig(
    int firstYear,
    int lastYear,
    int historyYears,
    long seed,
    List<Shock> shocks,
    List<FalseAlarm> falseAlarms) {
  /**
   * The default slumps: Shenyang's industry and retail in spring 2022 (industrial value added
   * against the +12 % target: behind in March, critical April–July, on track again from September),
   * and Heping's retail sales in January–February 2021 (critical against its +10 % a year in the
   * very first release, so that alerts appear at once).
   */
  public static final List<Shock> DEFAULT_SHOCKS =
      List.of(
          new Shock(
              "industrial_value_added",
              "210100",
              YearMonth.of(2022, 3),
              YearMonth.of(2022, 5),
              0.04),
          new Shock("retail_sales", "210100", YearMonth.of(2022, 3), YearMonth.of(2022, 5), 0.06),
          new Shock("retail_sales", "210102", YearMonth.of(2021, 2), YearMonth.of(2021, 2), 0.05));

  /**
   * The default false alarm: Hunnan's retail sales for January–May 2021, first published 4 % too
   * low (behind its level path, critical against +16 % a year), revised in the June release.
   */
  public static final List<FalseAlarm> DEFAULT_FALSE_ALARMS =
      List.of(new FalseAlarm("retail_sales", "210112", YearMonth.of(2021, 5), 0.04));

  public SimulationConfig {
    if (firstYear < 1950 || lastYear > 2100 || lastYear < firstYear) {
      throw new IllegalArgumentException("years must run forward: " + firstYear + "-" + lastYear);
    }
    if (historyYears < 0 || historyYears > 5) {
      throw new IllegalArgumentException("history years must be 0..5: " + historyYears);
    }
    shocks = List.copyOf(shocks);
    falseAlarms = List.copyOf(falseAlarms);
  }

  /** 2021–2022, one history year, the default shocks and false alarm, with this seed. */
  public static SimulationConfig defaults(long seed) {
    return new SimulationConfig(2021, 2022, 1, seed, DEFAULT_SHOCKS, DEFAULT_FALSE_ALARMS);
  }

  /** The first year simulated internally: history years and one more for last year's growth. */
  public int firstInternalYear() {
    return firstYear - historyYears - 1;
  }

  /** The first year that is published (history included). */
  public int firstPublishedYear() {
    return firstYear - historyYears;
  }

  /** The {@code source} of every record: {@code simulated:seed=<seed>}. */
  public String source() {
    return "simulated:seed=" + seed;
  }

  public SimulationConfig withYears(int first, int last) {
    return new SimulationConfig(first, last, historyYears, seed, shocks, falseAlarms);
  }

  public SimulationConfig withHistoryYears(int years) {
    return new SimulationConfig(firstYear, lastYear, years, seed, shocks, falseAlarms);
  }

  public SimulationConfig withShocks(List<Shock> list) {
    return new SimulationConfig(firstYear, lastYear, historyYears, seed, list, falseAlarms);
  }

  public SimulationConfig withFalseAlarms(List<FalseAlarm> list) {
    return new SimulationConfig(firstYear, lastYear, historyYears, seed, shocks, list);
  }
}
