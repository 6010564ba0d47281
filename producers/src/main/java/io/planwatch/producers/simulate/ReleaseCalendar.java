package io.planwatch.producers.simulate;

import io.planwatch.producers.ingest.normalize.DateTimes;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * When simulated releases come out: a working day between the 15th and the 20th of the month after
 * the period, at 10:00 in Asia/Shanghai, as bureaus publish (the December figures in mid-January).
 */
final class ReleaseCalendar {
  /** The local time of every publication, in the bureaus' zone. */
  private static final LocalTime RELEASE_TIME = LocalTime.of(10, 0);

  private ReleaseCalendar() {}

  /** The publication time of the release for {@code month}'s figures. */
  static Instant release(long seed, YearMonth month) {
    SplittableRandom random = Seeds.of(seed, "calendar|" + month);
    LocalDate day = month.plusMonths(1).atDay(15 + random.nextInt(4));
    return workingDay(day).atTime(RELEASE_TIME).atZone(DateTimes.SHANGHAI).toInstant();
  }

  /** The publication time of the history batch: 20 January of the first simulated year. */
  static Instant history(int firstYear) {
    return workingDay(LocalDate.of(firstYear, 1, 20))
        .atTime(RELEASE_TIME)
        .atZone(DateTimes.SHANGHAI)
        .toInstant();
  }

  private static LocalDate workingDay(LocalDate day) {
    LocalDate d = day;
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }
}
