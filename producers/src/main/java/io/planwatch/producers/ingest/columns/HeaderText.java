package io.planwatch.producers.ingest.columns;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises header texts so that {@code 数值（亿元）}, {@code 数值} and {@code OBS_VALUE} compare well.
 */
public final class HeaderText {
  private static final Pattern UNIT_IN_BRACKETS = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");
  private static final Pattern SDMX_LABEL = Pattern.compile("^([A-Za-z0-9_]+):\\s.*$");

  private HeaderText() {}

  /**
   * The comparable form of a header: NFKC (full-width to half-width), no BOM, no bracketed unit, no
   * SDMX label ({@code REF_AREA: Reference area} → {@code ref_area}), no blanks, lower case, and
   * {@code -} or blanks between words as {@code _}.
   */
  public static String normalise(String header) {
    String text = plain(header);
    Matcher label = SDMX_LABEL.matcher(text);
    if (label.matches()) {
      text = label.group(1);
    }
    text = UNIT_IN_BRACKETS.matcher(text).replaceAll("").trim();
    return text.replaceAll("[\\s\\-]+", "_").toLowerCase(Locale.ROOT);
  }

  /** The unit written in brackets in a header, e.g. 亿元 in {@code 数值（亿元）}. */
  public static Optional<String> unitHint(String header) {
    Matcher matcher = UNIT_IN_BRACKETS.matcher(plain(header));
    if (matcher.find() && !matcher.group(1).isBlank()) {
      return Optional.of(matcher.group(1).trim());
    }
    return Optional.empty();
  }

  /** A text without its bracketed unit: {@code 地区生产总值（亿元）} → {@code 地区生产总值}. */
  public static String withoutUnit(String text) {
    return UNIT_IN_BRACKETS.matcher(plain(text)).replaceAll("").trim();
  }

  private static String plain(String header) {
    String text = header == null ? "" : header.replace("\uFEFF", "");
    return Normalizer.normalize(text, Normalizer.Form.NFKC).trim();
  }
}
