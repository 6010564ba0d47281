package io.planwatch.domain.pace;

import java.util.OptionalDouble;

/** Computes the {@link Outlook}; see there for the formulas. Non-finite values become reasons. */
final class OutlookCalculator {
  private OutlookCalculator() {}

  static Outlook of(
      PaceInput in, TrackedMeasure tracked, double milestone, ExpectedPosition expected) {
    int m = in.latest().period().month();
    double actual = in.latest().value();
    double projection;
    double target = milestone;
    switch (tracked) {
      case YTD_LEVEL, CUMULATIVE_COUNT -> projection = actual / expected.share();
      case STOCK -> {
        double last = expected.lastYearLevel();
        projection = last + (actual - last) * 12.0 / m;
      }
      case YTD_GROWTH, RATE -> {
        projection = actual;
        target = expected.value();
      }
      default -> throw new IllegalStateException("unknown tracked measure " + tracked);
    }
    Double proj = finiteOrNull(projection);
    Double gap = proj == null ? null : finiteOrNull(projection - target);
    if (proj == null) {
      return Outlook.none(nonFinite(in, "projection"));
    }
    if (m == 12) {
      return new Outlook(
          proj, gap, null, new Reason(ReasonCode.NO_REST_OF_YEAR, in.year() + "-12"));
    }
    return switch (tracked) {
      case YTD_LEVEL, CUMULATIVE_COUNT ->
          rest(in, proj, gap, (milestone - actual) / (1.0 - expected.share()));
      case STOCK -> rest(in, proj, gap, (milestone - actual) / (12 - m));
      case YTD_GROWTH -> growthRest(in, proj, gap, target, m, actual);
      case RATE ->
          new Outlook(
              proj,
              gap,
              null,
              new Reason(ReasonCode.NO_REST_OF_YEAR_PACE_FOR_RATES, "target " + in.target().id()));
    };
  }

  /** g_rest = ((1+g)·Annual_{y−1} − YTD_y(m)) / (Annual_{y−1} − YTD_{y−1}(m)) − 1, in %. */
  private static Outlook growthRest(
      PaceInput in, Double proj, Double gap, double g, int m, double ytdGrowth) {
    OptionalDouble annual = in.lastYear().annual();
    OptionalDouble lastYtd = in.lastYear().ytdFolded(m);
    if (annual.isEmpty() || lastYtd.isEmpty() || !(annual.getAsDouble() > lastYtd.getAsDouble())) {
      return new Outlook(
          proj,
          gap,
          null,
          new Reason(
              ReasonCode.MISSING_LAST_YEAR_FIGURES, "target " + in.target().id() + ", month " + m));
    }
    double lastAnnual = annual.getAsDouble();
    double lastYtdValue = lastYtd.getAsDouble();
    double ytdThisYear = lastYtdValue * (1.0 + ytdGrowth / 100.0);
    double rest =
        100.0
            * (((1.0 + g / 100.0) * lastAnnual - ytdThisYear) / (lastAnnual - lastYtdValue) - 1.0);
    return rest(in, proj, gap, rest);
  }

  private static Outlook rest(PaceInput in, Double proj, Double gap, double pace) {
    Double value = finiteOrNull(pace);
    return new Outlook(proj, gap, value, value == null ? nonFinite(in, "rest-of-year pace") : null);
  }

  private static Reason nonFinite(PaceInput in, String what) {
    return new Reason(ReasonCode.NON_FINITE_RESULT, what + " of target " + in.target().id());
  }

  private static Double finiteOrNull(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
