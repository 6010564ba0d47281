package io.planwatch.producers.cli;

import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Region;
import io.planwatch.producers.ingest.ReferenceData;
import java.util.Optional;

/** The plan catalogue as the file readers' reference data: codes first, then names and aliases. */
final class CatalogueReferenceData implements ReferenceData {
  private final Catalogue catalogue;

  CatalogueReferenceData(Catalogue catalogue) {
    this.catalogue = catalogue;
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
