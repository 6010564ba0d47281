package io.planwatch.producers.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.planwatch.producers.ingest.normalize.NumberParser;

/** The cell text of a JSON number, for the JSON readers. */
final class JsonNumbers {
  private JsonNumbers() {}

  /**
   * A JSON number as {@link NumberParser#text} writes it; NaN and Infinity as spelt, for the parser
   * to refuse ({@link JsonTree} keeps them as text, a double node may hold them).
   */
  static String text(JsonNode number) {
    if (number.isFloatingPointNumber()
        && !number.isBigDecimal()
        && !Double.isFinite(number.doubleValue())) {
      return number.asText();
    }
    return NumberParser.text(number.decimalValue());
  }
}
