package io.planwatch.producers.testing;

import io.planwatch.producers.ingest.normalize.Problem;
import java.math.BigDecimal;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random contents of a number cell, as bureaus write them and worse: numbers in every accepted form
 * (each with the value it must read as), NaN and Infinity spellings, overflowing and underflowing
 * exponents, placeholders for "no figure", decimal commas, spreadsheet errors, control characters,
 * blanks, and long and random text.
 */
public final class CellTexts {
  private static final String NASTY =
      "0123456789.,eE+-%‰ \t\r\n\u0000\u0001\u001F\u007F\u00A0\u2009\u200B\u3000\uFEFF"
          + "０１２３４５６７８９．，－＋％∞−NaIiFfnty#/()¥—…";

  private CellTexts() {}

  /**
   * A cell's text and what it must read as when the rest of its row is right: {@code value} (then
   * accepted as exactly that), or {@code problem} (then refused for it), or neither (only an
   * outcome is asked for). {@code percent}: written with a trailing %, accepted only where the unit
   * is %.
   *
   * @param json how a JSON writer would write the figure (a bare number or NaN), or null for a JSON
   *     string
   */
  public record Cell(String text, BigDecimal value, boolean percent, Problem problem, String json) {
    static Cell accepted(String text, BigDecimal value) {
      return new Cell(text, value, false, null, null);
    }

    static Cell refused(String text, Problem problem) {
      return new Cell(text, null, false, problem, null);
    }

    static Cell unknown(String text) {
      return new Cell(text, null, false, null, null);
    }

    /** The cell as it reads after a round trip through {@code charset} (unknown if changed). */
    public Cell through(java.nio.charset.Charset charset) {
      String back = new String(text.getBytes(charset), charset);
      return back.equals(text) ? this : unknown(back);
    }

    Cell asJson(String literal) {
      return new Cell(text, value, percent, problem, literal);
    }

    @Override
    public String toString() {
      return "Cell[" + escape(text) + " → " + (value != null ? value : problem) + "]";
    }
  }

  /** Any cell content, the nasty ones often. */
  public static Arbitrary<Cell> any() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, numbers()),
        Tuple.of(1, percents()),
        Tuple.of(2, notFinite()),
        Tuple.of(2, outOfRange()),
        Tuple.of(1, placeholders()),
        Tuple.of(1, refusedForms()),
        Tuple.of(3, nastyText()),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(12).map(Cell::unknown)),
        Tuple.of(1, longText()));
  }

  /** Numbers in the forms accepted, with the value they stand for. */
  static Arbitrary<Cell> numbers() {
    Arbitrary<BigDecimal> values =
        Arbitraries.integers()
            .between(0, 4)
            .flatMap(
                scale ->
                    Arbitraries.bigDecimals()
                        .between(new BigDecimal("-1e12"), new BigDecimal("1e12"))
                        .ofScale(scale));
    return Combinators.combine(values, Arbitraries.integers().between(0, 8))
        .as(
            (value, form) ->
                Cell.accepted(surround(form, written(value, form)), value.stripTrailingZeros()));
  }

  /** A number with a trailing % (full-width or not). */
  static Arbitrary<Cell> percents() {
    return Combinators.combine(
            Arbitraries.bigDecimals()
                .between(new BigDecimal("-100"), new BigDecimal("100"))
                .ofScale(1),
            Arbitraries.of("%", " %", "％"))
        .as((value, sign) -> new Cell(value.toPlainString() + sign, value, true, null, null));
  }

  static Arbitrary<Cell> notFinite() {
    return Combinators.combine(
            Arbitraries.of(
                "NaN",
                "nan",
                "NAN",
                "-NaN",
                "Infinity",
                "-Infinity",
                "+Infinity",
                "inf",
                "-INF",
                "∞",
                "-∞",
                "ＮａＮ",
                "－Ｉｎｆｉｎｉｔｙ",
                "−∞"),
            Arbitraries.of("", " ", "\t", "\u00A0", "\u3000"))
        .as((text, blank) -> Cell.refused(blank + text + blank, Problem.NOT_FINITE))
        .map(
            cell ->
                cell.text().strip().equals("NaN")
                    ? cell.asJson("NaN")
                    : cell.text().strip().equals("-Infinity") ? cell.asJson("-Infinity") : cell);
  }

  /** Beyond a double's range, by exponent or digits, in plain or full-width form. */
  static Arbitrary<Cell> outOfRange() {
    Arbitrary<String> exponents =
        Combinators.combine(
                Arbitraries.of("1", "-1", "9.99", "1.8", "-4.9", "0.5"),
                Arbitraries.oneOf(
                    Arbitraries.longs().between(309, 10_000_000_000L),
                    Arbitraries.longs().between(-10_000_000_000L, -325)),
                Arbitraries.of("e", "E", "E+"))
            .as((mantissa, exponent, e) -> mantissa + (exponent < 0 ? "e" : e) + exponent);
    Arbitrary<String> digits =
        Arbitraries.integers()
            .between(310, 2000)
            .map(n -> "1" + "0".repeat(n) + (n % 2 == 0 ? ".5" : ""));
    Arbitrary<String> tiny =
        Arbitraries.integers().between(330, 2000).map(n -> "0." + "0".repeat(n) + "7");
    Arbitrary<String> named =
        Arbitraries.of("1e309", "-1E+309", "1.8e308", "2e308", "1e-400", "4.9e-324", "１ｅ３０９");
    return Arbitraries.oneOf(exponents, digits, tiny, named)
        .map(text -> Cell.refused(text, Problem.NUMBER_OUT_OF_RANGE))
        .map(cell -> cell.text().matches("[-0-9.eE+]+") ? cell.asJson(cell.text()) : cell);
  }

  static Arbitrary<Cell> placeholders() {
    return Arbitraries.of(
            "",
            " ",
            "\t",
            "-",
            "--",
            "—",
            "——",
            "…",
            "……",
            "...",
            "..",
            "/",
            "N/A",
            "NA",
            "null",
            "无",
            "不详",
            "\u3000-\u3000")
        .map(text -> Cell.refused(text, Problem.EMPTY_VALUE));
  }

  /** Decimal commas, broken groups, two numbers, brackets, spreadsheet errors. */
  static Arbitrary<Cell> refusedForms() {
    return Arbitraries.of(
            "1,5",
            "1 234,5",
            "1.234,5",
            "12.3.4",
            "1,23",
            "12,34,567",
            "5 6",
            "1  234",
            "(5.1)",
            "¥5",
            "5元",
            "1e",
            "e5",
            "+-5",
            "1,234 567",
            "#DIV/0!",
            "#N/A",
            "#NUM!",
            "#VALUE!",
            "0x1F",
            "1_000",
            "٣",
            "5.1%%")
        .map(text -> Cell.refused(text, Problem.UNPARSABLE_NUMBER));
  }

  /** Text from numbers' characters, blanks, controls and look-alikes. */
  static Arbitrary<Cell> nastyText() {
    return Arbitraries.strings().withChars(NASTY).ofMaxLength(16).map(Cell::unknown);
  }

  /**
   * Long text (up to some thousands of characters): digits (a number past any range), anything, or
   * numbers' characters; a short random piece repeated, as generating each character would be slow.
   */
  static Arbitrary<Cell> longText() {
    Arbitrary<Integer> times = Arbitraries.integers().between(40, 600);
    return Arbitraries.oneOf(
            Arbitraries.strings().ofMinLength(1).ofMaxLength(8),
            Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(8),
            Arbitraries.strings().withChars(NASTY).ofMinLength(1).ofMaxLength(8))
        .flatMap(piece -> times.map(piece::repeat))
        .map(Cell::unknown);
  }

  private static String written(BigDecimal value, int form) {
    String plain = value.toPlainString();
    int scale = value.scale();
    return switch (form) {
      case 0 -> plain;
      case 1 -> String.format(Locale.ROOT, "%,." + scale + "f", value);
      case 2 -> String.format(Locale.ROOT, "%,." + scale + "f", value).replace(",", "\u00A0");
      case 3 -> String.format(Locale.ROOT, "%,." + scale + "f", value).replace(",", "\u3000");
      case 4 -> fullWidth(String.format(Locale.ROOT, "%,." + scale + "f", value));
      case 5 -> value.unscaledValue() + "E" + (-scale);
      case 6 -> value.signum() < 0 ? "\u2212" + plain.substring(1) : "+" + plain;
      case 7 -> fullWidth(plain);
      default -> value.toString();
    };
  }

  /** Blanks and invisible marks around a number. */
  private static String surround(int seed, String text) {
    return switch (seed % 4) {
      case 0 -> text;
      case 1 -> " " + text + " ";
      case 2 -> "\u200B" + text + "\u3000";
      default -> "\t" + text;
    };
  }

  private static String fullWidth(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : c);
    }
    return out.toString();
  }

  public static String escape(String text) {
    StringBuilder out = new StringBuilder();
    String shown = text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
    for (char c : shown.toCharArray()) {
      out.append(c < ' ' || c == 0x7F ? String.format("\\u%04X", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }
}
