package io.planwatch.domain.catalogue;

import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.Region;
import io.planwatch.domain.model.RegionGroup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan catalogue, validated and immutable: regions, planning groups, indicators and targets,
 * with the lookups producers need (by code, by Chinese or English name, targets by indicator and
 * region). Made by {@link CatalogueLoader}; {@link #loadDefault()} loads the shipped one.
 */
public final class Catalogue {

  private final Map<String, Region> regions;
  private final Map<String, RegionGroup> groups;
  private final Map<String, Indicator> indicators;
  private final Map<String, PlanTarget> targets;
  private final Map<String, String> documentTitles;
  private final Map<String, String> regionNames;
  private final Map<String, String> indicatorNames;
  private final Map<String, List<PlanTarget>> targetsByIndicatorAndRegion;

  Catalogue(
      Map<String, Region> regions,
      Map<String, RegionGroup> groups,
      Map<String, Indicator> indicators,
      Map<String, PlanTarget> targets,
      Map<String, String> documentTitles,
      Map<String, String> regionNames,
      Map<String, String> indicatorNames) {
    this.regions = frozen(regions);
    this.groups = frozen(groups);
    this.indicators = frozen(indicators);
    this.targets = frozen(targets);
    this.documentTitles = frozen(documentTitles);
    this.regionNames = Map.copyOf(regionNames);
    this.indicatorNames = Map.copyOf(indicatorNames);
    Map<String, List<PlanTarget>> byKey = new LinkedHashMap<>();
    for (PlanTarget target : targets.values()) {
      byKey
          .computeIfAbsent(key(target.indicatorCode(), target.regionCode()), k -> new ArrayList<>())
          .add(target);
    }
    byKey.replaceAll((k, list) -> List.copyOf(list));
    this.targetsByIndicatorAndRegion = Collections.unmodifiableMap(byKey);
  }

  /**
   * The catalogue shipped with planwatch (classpath {@code /catalogue/}).
   *
   * @throws CatalogueValidationException listing every error if it is invalid
   */
  public static Catalogue loadDefault() {
    return CatalogueLoader.loadClasspath(CatalogueLoader.DEFAULT_ROOT);
  }

  /** Regions by code, in file order. */
  public Map<String, Region> regions() {
    return regions;
  }

  public Optional<Region> region(String code) {
    return Optional.ofNullable(regions.get(code));
  }

  /** A region by its Chinese or English name or an alias (case and width insensitive). */
  public Optional<Region> regionByName(String name) {
    return NameIndex.lookup(regionNames, name).map(regions::get);
  }

  /** The regions whose parent is {@code code} (zones included), in file order. */
  public List<Region> children(String code) {
    return regions.values().stream().filter(r -> code.equals(r.parentCode())).toList();
  }

  /** Planning groups by code, in file order. */
  public Map<String, RegionGroup> groups() {
    return groups;
  }

  public Optional<RegionGroup> group(String code) {
    return Optional.ofNullable(groups.get(code));
  }

  /** Indicators by code, in file order. */
  public Map<String, Indicator> indicators() {
    return indicators;
  }

  public Optional<Indicator> indicator(String code) {
    return Optional.ofNullable(indicators.get(code));
  }

  /** An indicator by its Chinese or English name or an alias (case and width insensitive). */
  public Optional<Indicator> indicatorByName(String name) {
    return NameIndex.lookup(indicatorNames, name).map(indicators::get);
  }

  /** Targets by id, in file order (index order of the target files). */
  public Map<String, PlanTarget> targets() {
    return targets;
  }

  public Optional<PlanTarget> target(String id) {
    return Optional.ofNullable(targets.get(id));
  }

  /** Every target on this indicator and region (several plans may set one), in file order. */
  public List<PlanTarget> targetsFor(String indicatorCode, String regionCode) {
    return targetsByIndicatorAndRegion.getOrDefault(key(indicatorCode, regionCode), List.of());
  }

  /** The title of a plan document, by its file name (a target's {@code source().document()}). */
  public Optional<String> documentTitle(String document) {
    return Optional.ofNullable(documentTitles.get(document));
  }

  private static String key(String indicatorCode, String regionCode) {
    return indicatorCode + "|" + regionCode;
  }

  private static <V> Map<String, V> frozen(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  @Override
  public String toString() {
    return "Catalogue["
        + regions.size()
        + " regions, "
        + groups.size()
        + " groups, "
        + indicators.size()
        + " indicators, "
        + targets.size()
        + " targets]";
  }
}
