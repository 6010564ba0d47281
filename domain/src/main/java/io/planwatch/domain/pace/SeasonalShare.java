package io.planwatch.domain.pace;

import java.util.OptionalDouble;

/**
 * The seasonal share s(m): the part of the annual total a YTD level should have reached by month m
 * (docs/architecture.md, Pace §2).
 *
 * <p>s(m) = last year's YTD(m) / last year's annual total when both are known and the share lies in
 * (0, 1]; otherwise m / 12. January: bureaus publish 1-2月, so when last year's January was not
 * published on its own, s(1) = s(2) / 2 (January taken as half of January–February); the linear
 * share for January is 1/12.
 *
 * @param value s(m), in (0, 1]
 * @param basis where it came from
 */
public record SeasonalShare(double value, SeasonalBasis basis) {

  /** The seasonal share at {@code month} (1..12) given last year's profile. */
  public static SeasonalShare of(int month, LastYearProfile lastYear) {
    OptionalDouble annual = lastYear.annual();
    OptionalDouble ytd = lastYear.ytdFolded(month);
    if (annual.isPresent() && ytd.isPresent() && annual.getAsDouble() > 0) {
      double share = ytd.getAsDouble() / annual.getAsDouble();
      if (share > 0 && share <= 1.0 && Double.isFinite(share)) {
        return new SeasonalShare(share, SeasonalBasis.LAST_YEAR_PROFILE);
      }
    }
    return linear(month);
  }

  /** m / 12. */
  public static SeasonalShare linear(int month) {
    return new SeasonalShare(month / 12.0, SeasonalBasis.LINEAR);
  }
}
