package io.planwatch.producers.ingest.normalize;

import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A vocabulary: the words files use for an enum's constants (累计增长, YTD_GROWTH, ytd growth). The
 * constant's own name always counts, in any case and with blanks or hyphens for underscores.
 */
public final class Terms<E extends Enum<E>> {
  private final Map<String, E> byWord;
  private final Map<E, Set<String>> words;
  private final Problem unknown;

  private Terms(Map<String, E> byWord, Map<E, Set<String>> words, Problem unknown) {
    this.byWord = byWord;
    this.words = words;
    this.unknown = unknown;
  }

  /** A vocabulary over an enum: constant → its extra words. */
  public static <E extends Enum<E>> Terms<E> of(
      Class<E> type, Problem unknown, Map<E, List<String>> extraWords) {
    Map<String, E> byWord = new HashMap<>();
    Map<E, Set<String>> words = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      Set<String> all = new LinkedHashSet<>();
      all.add(constant.name());
      all.addAll(extraWords.getOrDefault(constant, List.of()));
      for (String word : all) {
        E previous = byWord.put(key(word), constant);
        if (previous != null && previous != constant) {
          throw new IllegalStateException(word + " names both " + previous + " and " + constant);
        }
      }
      words.put(constant, Collections.unmodifiableSet(all));
    }
    return new Terms<>(byWord, words, unknown);
  }

  /** The constant a word names; throws the vocabulary's "unknown" problem otherwise. */
  public E parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException(Problem.EMPTY_VALUE);
    }
    E found = byWord.get(key(text));
    if (found == null) {
      throw new InvalidValueException(unknown);
    }
    return found;
  }

  /** The words for a constant, its name first (for the docs). */
  public Set<String> words(E constant) {
    return words.get(constant);
  }

  private static String key(String word) {
    String text = Normalizer.normalize(word, Normalizer.Form.NFKC).trim();
    return text.replaceAll("[\\s\\-_]+", "_").toUpperCase(Locale.ROOT);
  }
}
