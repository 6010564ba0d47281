package io.planwatch.streams.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetCatalogueTest {

  @Test
  void shouldForgetATargetOnItsTombstone() {
    final TargetCatalogue catalogue = new TargetCatalogue();
    catalogue.readyWhen(() -> true);
    catalogue.apply("hn-gdp", QueryFixtures.target("hn-gdp", "210112", 3));
    catalogue.apply("hn-gdp", null);

    assertThat(catalogue.find("hn-gdp")).isEmpty();
    assertThat(catalogue.all()).isEmpty();
  }
}
