package io.planwatch.domain.catalogue;

import java.util.List;

/** Thrown when a catalogue has errors; carries every one of them, not only the first. */
public final class CatalogueValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<CatalogueError> errors;

  public CatalogueValidationException(String source, List<CatalogueError> errors) {
    super(describe(source, errors));
    this.errors = List.copyOf(errors);
  }

  /** Every error found, in file order and then line order. */
  public List<CatalogueError> errors() {
    return errors;
  }

  private static String describe(String source, List<CatalogueError> errors) {
    StringBuilder text =
        new StringBuilder("catalogue ")
            .append(source)
            .append(" has ")
            .append(errors.size())
            .append(errors.size() == 1 ? " error" : " errors")
            .append(" / 目标目录有错误:");
    for (CatalogueError error : errors) {
      text.append(System.lineSeparator()).append("  ").append(error);
    }
    return text.toString();
  }
}
