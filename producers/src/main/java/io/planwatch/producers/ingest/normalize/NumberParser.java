package io.planwatch.producers.ingest.normalize;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule by which every reader's number cells are read (CSV, XLSX, SDMX-CSV, SDMX-JSON, JSON
 * lines; figures, investments, revisions, UNIT_MULT): the readers only turn cells into text, and
 * this class decides what the text means. What it accepts is {@link #RULES}, printed in the
 * command-line reference.
 */
public final class NumberParser {
  /** What is accepted, in Markdown, for the command-line reference. */
  public static final String RULES =
      """
      - Plain and exponent forms: `345.6`, `-5.1`, `+8`, `.5`, `1.5E3`.
      - Full-width digits, signs and marks (NFKC): `１２３．４`, `－５.１`, `１，２３４`, `５.１％`; the \
      minus sign `−` (U+2212); blanks and invisible marks (zero-width space, BOM) around the \
      number are dropped.
      - Thousands separators: `,` or a blank (space, no-break space, thin space, ideographic \
      space) between groups of exactly three digits, one kind per number: `1,234,567.8`, \
      `1 234 567.8`. The decimal mark is always `.`: a comma is never read as one, so `1,5`, \
      `1.234,5` and `1 234,5` are refused rather than guessed (Chinese bureaus write `1,234.5`).
      - A trailing `%` or `‰` in a figure is its unit (`5.1%` is 5.1 in `%`); it must agree \
      with the unit column, and is refused in investments, revisions and UNIT_MULT.
      - No figure: an empty cell, `-`, `--`, `—`, `——`, `…`, `……`, `...`, `..`, `/`, `NA`, \
      `N/A`, `null`, `无`, `不详` are reported as `empty value / 值为空`.
      - `NaN`, `Infinity`, `Inf`, `∞` (any case, any sign) are reported as `not a finite number \
      / 不是有限数值`; a number beyond ±1.8E308, a non-zero one closer to 0 than 2.2E-308, and \
      a figure that gets there by its unit or UNIT_MULT as `number out of range / 数值超出范围`; \
      a spreadsheet error (`#DIV/0!`, `#N/A`, `#VALUE!`…) as `unparsable number / 无法解析的数值`.
      """;

  private static final Set<String> MISSING =
      Set.of(
          // "…" and "……" read "..." and "......" after NFKC
          "",
          "-",
          "--",
          "—",
          "——",
          "...",
          "......",
          "..",
          "/",
          "NA",
          "N/A",
          "n/a",
          "null",
          "无",
          "不详");
  private static final Pattern NOT_FINITE =
      Pattern.compile("[+-]?(nan|inf|infinity|∞)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPREADSHEET_ERROR =
      Pattern.compile(
          "#(DIV/0!|N/A|VALUE!|REF!|NAME\\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|ERROR!)");
  private static final Pattern GROUPED_BY_COMMA =
      Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
  private static final Pattern GROUPED_BY_BLANK =
      Pattern.compile("[+-]?\\d{1,3}( \\d{3})+(\\.\\d*)?");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?[\\d. ]*\\d,\\d+");

  /** Past this many characters, a number is written in exponent form by {@link #text}. */
  private static final int PLAIN_TEXT_LIMIT = 64;

  private NumberParser() {}

  /**
   * A figure as written: the number and the unit sign after it.
   *
   * @param value the number
   * @param unit {@code %} or {@code ‰} when written after the number, else null
   */
  public record Figure(BigDecimal value, String unit) {}

  /**
   * The number in a cell, exactly as written; a unit sign is refused.
   *
   * @throws InvalidValueException EMPTY_VALUE, NOT_FINITE, NUMBER_OUT_OF_RANGE or UNPARSABLE_NUMBER
   */
  public static BigDecimal parse(String text) {
    Figure figure = parseFigure(text);
    if (figure.unit() != null) {
      throw new InvalidValueException(
          Problem.UNPARSABLE_NUMBER, "no " + figure.unit() + " here / 此处不能带" + figure.unit());
    }
    return figure.value();
  }

  /**
   * The figure in a value cell: its number, and a trailing {@code %} or {@code ‰} as its unit.
   *
   * @throws InvalidValueException as {@link #parse}
   */
  public static Figure parseFigure(String text) {
    String cleaned = clean(text);
    if (MISSING.contains(cleaned)) {
      throw new InvalidValueException(
          Problem.EMPTY_VALUE, cleaned.isEmpty() ? null : cleaned + " means no figure / 表示无数据");
    }
    if (NOT_FINITE.matcher(cleaned).matches()) {
      throw new InvalidValueException(Problem.NOT_FINITE);
    }
    if (SPREADSHEET_ERROR.matcher(cleaned).matches()) {
      throw new InvalidValueException(
          Problem.UNPARSABLE_NUMBER, "a spreadsheet error: check the formula / 表格公式错误");
    }
    String unit = null;
    String number = cleaned;
    char last = cleaned.charAt(cleaned.length() - 1);
    if (last == '%' || last == '‰') {
      unit = String.valueOf(last);
      number = cleaned.substring(0, cleaned.length() - 1).strip();
    }
    return new Figure(inRange(number(number)), unit);
  }

  /**
   * A number as a double, for a record.
   *
   * @throws InvalidValueException NUMBER_OUT_OF_RANGE when it is beyond a double's range, or is not
   *     0 and closer to 0 than the smallest normal double (2.2E-308)
   */
  public static double toDouble(BigDecimal value) {
    double result = value.doubleValue();
    if (!Double.isFinite(result) || value.signum() != 0 && Math.abs(result) < Double.MIN_NORMAL) {
      throw outOfRange(value);
    }
    return result;
  }

  /**
   * How a reader writes a number it found as a number (an XLSX number cell, a JSON number): in full
   * ({@code 1234.5}, never {@code 1.2345E3}), unless that takes more than 64 characters ({@code
   * 1E+309} then).
   */
  public static String text(BigDecimal value) {
    long scale = value.scale();
    long plainLength = scale <= 0 ? value.precision() - scale : Math.max(value.precision(), scale);
    return plainLength <= PLAIN_TEXT_LIMIT ? value.toPlainString() : value.toString();
  }

  /** Whether a cell holds no figure ({@code -}, {@code …}, empty). */
  public static boolean isMissing(String text) {
    return MISSING.contains(clean(text));
  }

  private static BigDecimal number(String text) {
    String digits;
    if (isPlain(text)) {
      digits = text;
    } else if (GROUPED_BY_COMMA.matcher(text).matches()) {
      digits = text.replace(",", "");
    } else if (GROUPED_BY_BLANK.matcher(text).matches()) {
      digits = text.replace(" ", "");
    } else {
      throw new InvalidValueException(
          Problem.UNPARSABLE_NUMBER,
          DECIMAL_COMMA.matcher(text).matches()
              ? "the decimal mark is '.', ',' only groups thousands / 小数点请用'.'"
              : null);
    }
    try {
      return new BigDecimal(digits.startsWith("+") ? digits.substring(1) : digits);
    } catch (NumberFormatException e) {
      // The form is right (isPlain): only an exponent beyond an int can fail.
      throw new InvalidValueException(Problem.NUMBER_OUT_OF_RANGE, "exponent too large / 指数过大");
    }
  }

  /** The number, if a double holds it: not beyond ±1.8E308, and not so close to 0 as 2.2E-308. */
  private static BigDecimal inRange(BigDecimal value) {
    // floor(log10 |value|), in a long: precision and scale are each an int.
    long magnitude = (long) value.precision() - value.scale() - 1;
    if (value.signum() == 0 || magnitude > -300 && magnitude < 300) {
      return value;
    }
    toDouble(value);
    return value;
  }

  private static InvalidValueException outOfRange(BigDecimal value) {
    return new InvalidValueException(
        Problem.NUMBER_OUT_OF_RANGE,
        value.abs().compareTo(BigDecimal.ONE) > 0
            ? "beyond ±1.8E308 / 超过±1.8E308"
            : "not 0, yet closer to 0 than 2.2E-308 / 非零但绝对值小于2.2E-308");
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

  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c >= 0x7F) {
        return false;
      }
    }
    return true;
  }

  /**
   * NFKC (full-width forms, no-break and other spaces as a space), minus signs as {@code -},
   * invisible format marks dropped, blanks around stripped.
   */
  private static String clean(String text) {
    if (text == null) {
      return "";
    }
    if (isPlainAscii(text)) {
      return text; // NFKC, the replacements and strip leave such text as it is
    }
    String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(normalised.length());
    for (int i = 0; i < normalised.length(); i++) {
      char c = normalised.charAt(i);
      if (c == '\u2212' || c == '\uFE63') {
        out.append('-');
      } else if (Character.getType(c) != Character.FORMAT) {
        out.append(Character.isSpaceChar(c) ? ' ' : c);
      }
    }
    return out.toString().strip();
  }
}
