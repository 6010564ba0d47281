package io.planwatch.streams.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How the API writes time: instants as ISO-8601 with the offset of Asia/Shanghai (the plans'
 * calendar), dates as {@code 2022-06-30}, periods as {@link PeriodView}.
 */
final class ApiFormats {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static final String[] MONTHS_EN = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private ApiFormats() {}

  /** {@code 2022-07-15T10:00:00+08:00}; null stays null. */
  static String instant(final Instant instant) {
    return instant == null
        ? null
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(SHANGHAI));
  }

  /** {@code 2022-06-30}; null stays null. */
  static String date(final LocalDate date) {
    return date == null ? null : date.toString();
  }

  /** The period reaching {@code month} of {@code year}: {@code 2022-06}, 1-6月, Jan–Jun. */
  static PeriodView period(final int year, final int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month must be 1..12, was " + month);
    }
    final String code = String.format("%04d-%02d", year, month);
    return month == 1
        ? new PeriodView(code, year, month, "1月", MONTHS_EN[0])
        : new PeriodView(code, year, month, "1-" + month + "月", "Jan–" + MONTHS_EN[month - 1]);
  }

  /** The Avro period as a view; null stays null. */
  static PeriodView period(final io.planwatch.avro.Period period) {
    return period == null ? null : period(period.getYear(), period.getMonth());
  }

  /** An enum's name; null stays null. */
  static String name(final Enum<?> constant) {
    return constant == null ? null : constant.name();
  }
}
