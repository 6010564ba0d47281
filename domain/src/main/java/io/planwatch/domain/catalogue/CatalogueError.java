package io.planwatch.domain.catalogue;

import java.util.Objects;

/**
 * One problem found in a catalogue: the file (relative to the catalogue root), the 1-based line (0
 * when the problem concerns the whole file, e.g. a missing file), the field (null when the problem
 * is not about one field) and what was wrong and what is allowed.
 */
public record CatalogueError(String file, int line, String field, String message) {

  public CatalogueError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** {@code targets/000.yaml:12: comparator: unknown value 'MORE'; allowed: …}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
    }
    text.append(": ");
    if (field != null) {
      text.append(field).append(": ");
    }
    return text.append(message).toString();
  }
}
