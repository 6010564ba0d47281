package io.planwatch.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class NameIndexTest {

  @Example
  void shouldIgnoreCaseSpacesAndFullWidthForms() {
    assertThat(NameIndex.normalize("  Hunnan\u3000  District ")).isEqualTo("hunnan district");
    assertThat(NameIndex.normalize("ＲＤ经费")).isEqualTo("rd经费");
    assertThat(NameIndex.normalize("中国（辽宁）")).isEqualTo(NameIndex.normalize("中国(辽宁)"));
  }

  @Example
  void shouldKeepSimplifiedAndTraditionalNamesApart() {
    assertThat(NameIndex.normalize("沈阳市")).isNotEqualTo(NameIndex.normalize("沈陽市"));
  }

  @Property
  void shouldNormalizeANormalizedNameToItself(@ForAll String name) {
    String once = NameIndex.normalize(name);

    assertThat(NameIndex.normalize(once)).isEqualTo(once);
  }
}
