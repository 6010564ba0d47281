package io.planwatch.domain.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of validating a catalogue, as data: either a catalogue and no errors, or every error
 * found and no catalogue.
 *
 * @param source where the catalogue was read from (a directory or {@code classpath:/catalogue})
 * @param catalogue the loaded catalogue, present only when there are no errors
 * @param errors every problem found, in file order and then line order
 */
public record CatalogueResult(
    String source, Optional<Catalogue> catalogue, List<CatalogueError> errors) {

  public CatalogueResult {
    errors = List.copyOf(errors);
    if (catalogue.isPresent() != errors.isEmpty()) {
      throw new IllegalArgumentException("a result has either a catalogue or errors, not both");
    }
  }

  static CatalogueResult valid(String source, Catalogue catalogue) {
    return new CatalogueResult(source, Optional.of(catalogue), List.of());
  }

  static CatalogueResult invalid(String source, List<CatalogueError> errors) {
    return new CatalogueResult(source, Optional.empty(), errors);
  }

  public boolean isValid() {
    return errors.isEmpty();
  }

  /** The catalogue, or a {@link CatalogueValidationException} listing every error. */
  public Catalogue orThrow() {
    return catalogue.orElseThrow(() -> new CatalogueValidationException(source, errors));
  }
}
