package io.planwatch.producers.ingest.normalize;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates and times as offices write them ({@code 2022-07-15}, {@code 2022/7/15}, {@code
 * 2022年7月15日}, {@code 2022-07-15 10:00}, ISO instants and offsets). Local times are in
 * Asia/Shanghai.
 */
public final class DateTimes {
  /** The zone of every local date and time in the files. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
  private static final Pattern WITH_OFFSET = Pattern.compile(".*T.*[+-]\\d{2}:\\d{2}$");
  private static final Pattern DATE_TIME_SEPARATOR = Pattern.compile("[T ]");
  private static final Pattern LOCAL_TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

  private DateTimes() {}

  /** A calendar date. */
  public static LocalDate date(String text) {
    String s = clean(text);
    if (s.isEmpty()) {
      throw new InvalidValueException(Problem.EMPTY_VALUE);
    }
    Matcher m = DATE.matcher(s);
    if (!m.matches()) {
      throw new InvalidValueException(Problem.UNPARSABLE_DATE);
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new InvalidValueException(Problem.UNPARSABLE_DATE, e.getMessage());
    }
  }

  /** A point in time: an ISO instant or offset time, or a local date (and time) in Shanghai. */
  public static Instant instant(String text) {
    String s = clean(text);
    if (s.isEmpty()) {
      throw new InvalidValueException(Problem.EMPTY_VALUE);
    }
    try {
      if (s.endsWith("Z") || WITH_OFFSET.matcher(s).matches()) {
        return OffsetDateTime.parse(s.replace("Z", "+00:00")).toInstant();
      }
      String[] parts = DATE_TIME_SEPARATOR.split(s, 2);
      LocalDate day = date(parts[0]);
      LocalTime time = parts.length == 2 ? time(parts[1]) : LocalTime.MIDNIGHT;
      return LocalDateTime.of(day, time).atZone(SHANGHAI).toInstant();
    } catch (DateTimeException e) {
      throw new InvalidValueException(Problem.UNPARSABLE_DATE, e.getMessage());
    }
  }

  private static LocalTime time(String text) {
    Matcher m = LOCAL_TIME.matcher(text);
    if (!m.matches()) {
      throw new InvalidValueException(Problem.UNPARSABLE_DATE);
    }
    int seconds = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), seconds);
  }

  private static String clean(String text) {
    return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).trim();
  }
}
