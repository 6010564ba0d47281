package io.planwatch.producers.ingest.columns;

import java.util.List;
import java.util.Objects;

/**
 * One logical column of an input file and the header texts that name it.
 *
 * @param key stable key, used in JSON lines and in messages (e.g. {@code indicator})
 * @param description what the column holds (English, for the docs)
 * @param aliases header texts that map to it, Chinese and English, compared after {@link
 *     HeaderText#normalise(String)}
 * @param required whether a file must have it
 */
public record Column(String key, String description, List<String> aliases, boolean required) {
  public Column {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(description, "description");
    aliases = List.copyOf(aliases);
  }

  /** By key alone (equal columns share it): columns are looked up on every cell of a file. */
  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /** A column a file must have. */
  public static Column required(String key, String description, String... aliases) {
    return new Column(key, description, List.of(aliases), true);
  }

  /** A column a file may have. */
  public static Column optional(String key, String description, String... aliases) {
    return new Column(key, description, List.of(aliases), false);
  }
}
