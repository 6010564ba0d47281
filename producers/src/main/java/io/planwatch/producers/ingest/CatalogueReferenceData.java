package io.planwatch.producers.ingest;

import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Region;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan catalogue as the file readers' reference data: indicators and regions by code, or by
 * Chinese or English name or alias (the catalogue's own name lookup). Any project id is accepted.
 */
public final class CatalogueReferenceData implements ReferenceData {
  private final Catalogue catalogue;

  public CatalogueReferenceData(Catalogue catalogue) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  @Override
  public Optional<Indicator> indicator(String codeOrName) {
    String text = codeOrName == null ? "" : codeOrName.trim();
    return catalogue.indicator(text).or(() -> catalogue.indicatorByName(text));
  }

  @Override
  public Optional<Region> region(String codeOrName) {
    String text = codeOrName == null ? "" : codeOrName.trim();
    return catalogue.region(text).or(() -> catalogue.regionByName(text));
  }
}
