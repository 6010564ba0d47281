package io.planwatch.domain.model;

import java.util.Objects;

/**
 * Where a target comes from: the seed document (by its file name, e.g. {@code
 * 000_b20c9fafa9e76511.txt}) and the 1-based line in it.
 */
public record SourceRef(String document, int line) {
  public SourceRef {
    Objects.requireNonNull(document, "document");
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1: " + line);
    }
  }
}
