package io.planwatch.producers.ingest;

import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Region;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reference data held in memory, looked up by code or by Chinese or English name, ignoring case,
 * blanks and full-width forms.
 */
public final class InMemoryReferenceData implements ReferenceData {
  private final Map<String, Indicator> indicators = new HashMap<>();
  private final Map<String, Region> regions = new HashMap<>();
  private final Set<String> projectIds;

  /**
   * @param indicators the indicators
   * @param regions the regions
   * @param projectIds the known project ids, or null to accept any
   */
  public InMemoryReferenceData(
      Collection<Indicator> indicators, Collection<Region> regions, Collection<String> projectIds) {
    for (Indicator indicator : indicators) {
      index(this.indicators, indicator, indicator.code(), indicator.nameZh(), indicator.nameEn());
    }
    for (Region region : regions) {
      index(this.regions, region, region.code(), region.nameZh(), region.nameEn());
    }
    this.projectIds = projectIds == null ? null : Set.copyOf(projectIds);
  }

  @Override
  public Optional<Indicator> indicator(String codeOrName) {
    return Optional.ofNullable(indicators.get(key(codeOrName)));
  }

  @Override
  public Optional<Region> region(String codeOrName) {
    return Optional.ofNullable(regions.get(key(codeOrName)));
  }

  @Override
  public Optional<Set<String>> projectIds() {
    return Optional.ofNullable(projectIds);
  }

  private static <T> void index(Map<String, T> map, T value, String... names) {
    for (String name : List.of(names)) {
      T previous = map.putIfAbsent(key(name), value);
      if (previous != null && !previous.equals(value)) {
        throw new IllegalArgumentException("name or code used twice: " + name);
      }
    }
  }

  private static String key(String text) {
    String normal = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
    return normal.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }
}
