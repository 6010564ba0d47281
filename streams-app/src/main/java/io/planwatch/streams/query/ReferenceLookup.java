package io.planwatch.streams.query;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.planwatch.avro.IndicatorDefinition;
import io.planwatch.avro.Region;
import io.planwatch.streams.topology.PaceStores;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Regions and indicators from the global stores, which every instance holds whole: labels for the
 * views, and the check that a code in a filter exists (an unknown code is a 404 naming the
 * parameter, not an empty list a typo would hide behind).
 */
final class ReferenceLookup implements Labels {

  private final StoreAccess stores;

  ReferenceLookup(final StoreAccess stores) {
    this.stores = stores;
  }

  @Override
  public Label region(final String code) {
    final Region r = stores.get(PaceStores.REGIONS, code);
    return r == null ? Label.unnamed(code) : new Label(code, r.getNameZh(), r.getNameEn());
  }

  @Override
  public Label indicator(final String code) {
    final IndicatorDefinition d = stores.get(PaceStores.INDICATORS, code);
    return d == null ? Label.unnamed(code) : new Label(code, d.getNameZh(), d.getNameEn());
  }

  /** The query parameter {@code name}: absent, or the code of a known region (else 404). */
  Optional<String> regionParam(final Context ctx, final String name) {
    final Optional<String> code = QueryParams.optionalCode(name, ctx.queryParam(name));
    code.ifPresent(c -> requireRegion(name, c));
    return code;
  }

  /** The query parameter {@code name}: absent, or the code of a known indicator (else 404). */
  Optional<String> indicatorParam(final Context ctx, final String name) {
    final Optional<String> code = QueryParams.optionalCode(name, ctx.queryParam(name));
    code.ifPresent(c -> requireIndicator(name, c));
    return code;
  }

  /** The region, or a 404 naming {@code parameter}. */
  Region requireRegion(final String parameter, final String code) {
    final Region r = stores.get(PaceStores.REGIONS, code);
    if (r == null) {
      throw new NotFoundResponse(
          "unknown region '" + code + "' (" + parameter + "); GET /api/v1/regions lists them");
    }
    return r;
  }

  /** The indicator, or a 404 naming {@code parameter}. */
  IndicatorDefinition requireIndicator(final String parameter, final String code) {
    final IndicatorDefinition d = stores.get(PaceStores.INDICATORS, code);
    if (d == null) {
      throw new NotFoundResponse(
          "unknown indicator '"
              + code
              + "' ("
              + parameter
              + "); GET /api/v1/indicators lists them");
    }
    return d;
  }

  /** The parent code of a region, or null when it has none or is unknown. */
  String parentOf(final String code) {
    final Region r = stores.get(PaceStores.REGIONS, code);
    return r == null ? null : r.getParentCode();
  }

  List<Region> regions() {
    return stores.values(PaceStores.REGIONS, r -> true);
  }

  List<IndicatorDefinition> indicators() {
    return stores.values(PaceStores.INDICATORS, d -> true);
  }

  /** Codes of the regions whose parent is {@code code}, sorted. */
  static List<String> childrenOf(final String code, final List<Region> regions) {
    return regions.stream()
        .filter(r -> Objects.equals(code, r.getParentCode()))
        .map(Region::getCode)
        .sorted()
        .toList();
  }
}
