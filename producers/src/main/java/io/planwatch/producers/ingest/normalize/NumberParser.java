package io.planwatch.producers.ingest.normalize;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the numbers bureaus write: thousands separators ({@code 1,234.5}), full-width digits and
 * signs ({@code －５.１}), the minus sign U+2212. {@code -}, {@code —}, {@code …} and empty cells mean
 * "no figure" and are rejected as an empty value.
 */
public final class NumberParser {
  private static final Set<String> MISSING =
      Set.of("", "-", "--", "—", "——", "…", "……", "...", "..", "/", "NA", "N/A", "NaN", "null");
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

  private NumberParser() {}

  /** The number in a cell, exactly as written. */
  public static BigDecimal parse(String text) {
    String cleaned = clean(text);
    if (MISSING.contains(cleaned)) {
      throw new InvalidValueException(Problem.EMPTY_VALUE);
    }
    if (isPlain(cleaned)) {
      return new BigDecimal(cleaned.startsWith("+") ? cleaned.substring(1) : cleaned);
    }
    if (GROUPED.matcher(cleaned).matches()) {
      String digits = cleaned.replace(",", "");
      return new BigDecimal(digits.startsWith("+") ? digits.substring(1) : digits);
    }
    throw new InvalidValueException(Problem.UNPARSABLE_NUMBER);
  }

  /**
   * Whether the text is {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?}: checked by hand, as every
   * value cell of a file goes through it.
   */
  static boolean isPlain(String text) {
    int length = text.length();
    int i = 0;
    if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int integer = digits(text, i);
    i += integer;
    int fraction = 0;
    if (i < length && text.charAt(i) == '.') {
      i++;
      fraction = digits(text, i);
      i += fraction;
    }
    if (integer == 0 && fraction == 0) {
      return false;
    }
    if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponent = digits(text, i);
      if (exponent == 0) {
        return false;
      }
      i += exponent;
    }
    return i == length;
  }

  private static int digits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  /** Whether a cell holds no figure ({@code -}, {@code …}, empty). */
  public static boolean isMissing(String text) {
    return MISSING.contains(clean(text));
  }

  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c >= 0x7F) {
        return false;
      }
    }
    return true;
  }

  private static String clean(String text) {
    if (text == null) {
      return "";
    }
    if (isPlainAscii(text)) {
      return text; // NFKC, the replacements and trim leave such text as it is
    }
    String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return normalised.replace('\u2212', '-').replace('\u00A0', ' ').replace(" ", "").trim();
  }
}
