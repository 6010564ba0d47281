package io.planwatch.producers.ingest.validate;

import io.planwatch.producers.ingest.normalize.InvalidValueException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers, for one file, what a parser made of each distinct cell text: bureau files repeat their
 * period, unit, name and vocabulary cells on every row. Only for parsers whose result depends on
 * the text alone; a rejected text is remembered with its {@link InvalidValueException}, which is
 * thrown again.
 */
final class PerValue<T> implements Function<String, T> {
  private final Function<String, T> parser;
  private final Map<String, Object> seen = new HashMap<>();
  // The text and result of the previous call: consecutive rows often repeat a cell, and comparing
  // with it is cheaper than hashing a new string.
  private String lastText;
  private Object lastKnown;

  private PerValue(Function<String, T> parser) {
    this.parser = parser;
  }

  /** A per-file memo of a pure parser. */
  static <T> PerValue<T> of(Function<String, T> parser) {
    return new PerValue<>(parser);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T apply(String text) {
    Object known = text.equals(lastText) ? lastKnown : seen.get(text);
    if (known == null) {
      try {
        known = parser.apply(text);
      } catch (InvalidValueException e) {
        known = e;
      }
      seen.put(text, known);
    }
    lastText = text;
    lastKnown = known;
    if (known instanceof InvalidValueException e) {
      throw e;
    }
    return (T) known;
  }
}
