package io.planwatch.producers.ingest;

import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Region;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reference data held in memory, looked up by code, else by Chinese or English name, ignoring case,
 * blanks and full-width forms. A name shared by several regions (和平区 is a district of Shenyang and
 * of Tianjin) finds none of them and is reported as ambiguous: only the code tells.
 */
public final class InMemoryReferenceData implements ReferenceData {
  private final Names<Indicator> indicators = new Names<>();
  private final Names<Region> regions = new Names<>();
  private final Set<String> projectIds;

  /**
   * @param indicators the indicators
   * @param regions the regions
   * @param projectIds the known project ids, or null to accept any
   * @throws IllegalArgumentException if two indicators or two regions share a code
   */
  public InMemoryReferenceData(
      Collection<Indicator> indicators, Collection<Region> regions, Collection<String> projectIds) {
    for (Indicator indicator : indicators) {
      this.indicators.add(indicator, indicator.code(), indicator.nameZh(), indicator.nameEn());
    }
    for (Region region : regions) {
      this.regions.add(region, region.code(), region.nameZh(), region.nameEn());
    }
    this.projectIds = projectIds == null ? null : Set.copyOf(projectIds);
  }

  @Override
  public Optional<Indicator> indicator(String codeOrName) {
    return indicators.find(codeOrName);
  }

  @Override
  public Optional<Region> region(String codeOrName) {
    return regions.find(codeOrName);
  }

  @Override
  public boolean isAmbiguous(String name) {
    return indicators.isAmbiguous(name) || regions.isAmbiguous(name);
  }

  @Override
  public Optional<Set<String>> projectIds() {
    return Optional.ofNullable(projectIds);
  }

  /** Values by code and by name; names used by more than one value are set aside. */
  private static final class Names<T> {
    private final Map<String, T> byCode = new HashMap<>();
    private final Map<String, T> byName = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    void add(T value, String code, String... names) {
      T previous = byCode.putIfAbsent(key(code), value);
      if (previous != null && !previous.equals(value)) {
        throw new IllegalArgumentException("code used twice: " + code);
      }
      for (String name : List.of(names)) {
        String key = key(name);
        T other = byName.putIfAbsent(key, value);
        if (ambiguous.contains(key) || (other != null && !other.equals(value))) {
          ambiguous.add(key);
          byName.remove(key);
        }
      }
    }

    Optional<T> find(String codeOrName) {
      String key = key(codeOrName);
      return Optional.ofNullable(byCode.get(key)).or(() -> Optional.ofNullable(byName.get(key)));
    }

    boolean isAmbiguous(String name) {
      return ambiguous.contains(key(name));
    }
  }

  private static String key(String text) {
    String normal = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
    return normal.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }
}
