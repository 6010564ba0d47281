package io.planwatch.producers.simulate;

import io.planwatch.domain.model.Indicator;
import java.util.List;
import java.util.Map;

/**
 * How a flow accumulates over the year: the share of the annual total reached by the end of each
 * month, from typical monthly weights of Chinese statistics. January and February are published
 * together (1-2月), so only the shares from February on are used.
 */
public enum SeasonalProfile {
  /** Industry: a weak Spring Festival, a strong December. */
  INDUSTRY(7.0, 6.5, 8.5, 8.2, 8.4, 8.8, 8.1, 8.2, 8.7, 8.3, 8.8, 10.5),
  /** Retail: Spring Festival spending, a quiet spring, strong autumn and December. */
  RETAIL(8.8, 7.6, 7.6, 7.4, 8.0, 8.4, 7.8, 8.0, 8.5, 9.0, 9.2, 9.7),
  /** Fixed-asset investment: almost nothing in winter, a June push and a very strong December. */
  INVESTMENT(2.0, 2.5, 6.5, 8.0, 9.0, 11.5, 9.0, 9.0, 10.0, 8.5, 9.0, 15.0),
  /** Budget revenue: front-loaded (January tax settlement), thin in late summer. */
  BUDGET(11.0, 7.0, 8.5, 10.0, 9.0, 9.0, 8.0, 6.5, 7.0, 8.0, 6.5, 9.5),
  /** Foreign trade and investment: a Spring Festival dip, otherwise even. */
  TRADE(8.0, 6.5, 8.4, 8.4, 8.4, 8.6, 8.4, 8.4, 8.6, 8.4, 8.4, 9.5),
  /** GDP and value added by quarter: each quarter larger than the one before. */
  QUARTERLY_OUTPUT(7.5, 7.5, 7.5, 8.3, 8.3, 8.4, 8.5, 8.5, 8.5, 9.0, 9.0, 9.0),
  /** Agriculture: harvests in the third and fourth quarters. */
  HARVEST(3.3, 3.3, 3.4, 6.6, 6.7, 6.7, 11.6, 11.7, 11.7, 11.6, 11.7, 11.7),
  /** Household income: bonuses in the first quarter. */
  INCOME(9.0, 9.0, 9.0, 7.7, 7.7, 7.6, 8.0, 8.0, 8.0, 8.7, 8.7, 8.6),
  /** Straight line, m/12: quotas counted through the year (projects started, firms added). */
  LINEAR(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
  /** Anything else: even months, a short February. */
  EVEN(8.5, 7.5, 8.4, 8.4, 8.4, 8.4, 8.4, 8.4, 8.4, 8.4, 8.4, 8.4);

  private static final Map<String, SeasonalProfile> BY_INDICATOR =
      Map.ofEntries(
          Map.entry("gdp", QUARTERLY_OUTPUT),
          Map.entry("services_value_added", QUARTERLY_OUTPUT),
          Map.entry("finance_value_added", QUARTERLY_OUTPUT),
          Map.entry("culture_sports_entertainment_revenue", QUARTERLY_OUTPUT),
          Map.entry("agricultural_output", HARVEST),
          Map.entry("per_capita_disposable_income", INCOME),
          Map.entry("urban_disposable_income", INCOME),
          Map.entry("rural_disposable_income", INCOME),
          Map.entry("general_budget_revenue", BUDGET),
          Map.entry("fixed_asset_investment", INVESTMENT),
          Map.entry("culture_tourism_investment", INVESTMENT),
          Map.entry("retail_sales", RETAIL),
          Map.entry("wholesale_retail_catering_sales_above_quota", RETAIL),
          Map.entry("tourist_visits", RETAIL),
          Map.entry("airport_passengers", RETAIL),
          Map.entry("imports_exports", TRADE),
          Map.entry("fdi_utilized", TRADE),
          Map.entry("cbec_transactions", TRADE),
          Map.entry("bonded_zone_trade", TRADE),
          Map.entry("china_europe_train_runs", TRADE));

  private static final List<String> INDUSTRY_WORDS = List.of("industrial", "output", "value_added");

  private final double[] cumulative = new double[13];

  SeasonalProfile(double... weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double running = 0;
    for (int m = 1; m <= 12; m++) {
      running += weights[m - 1];
      cumulative[m] = m == 12 ? 1.0 : running / total;
    }
  }

  /** The share of the annual total reached by the end of {@code month} (1..12). */
  public double share(int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month must be 1..12: " + month);
    }
    return cumulative[month];
  }

  /** The profile of an indicator: by its code, industry words in the code, else even. */
  public static SeasonalProfile of(Indicator indicator) {
    SeasonalProfile known = BY_INDICATOR.get(indicator.code());
    if (known != null) {
      return known;
    }
    for (String word : INDUSTRY_WORDS) {
      if (indicator.code().contains(word)) {
        return INDUSTRY;
      }
    }
    return EVEN;
  }
}
