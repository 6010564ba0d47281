package io.planwatch.streams.query;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What every group of query routes works with. */
record QueryContext(
    StoreAccess stores,
    QueryRouting routing,
    ViewMapper views,
    ReferenceLookup reference,
    TargetCatalogue targets,
    AlertHistory alertHistory,
    ObjectMapper json) {

  /** The JSON type of an {@link ItemList} of {@code item}, to read other instances' lists. */
  JavaType listOf(final Class<?> item) {
    return json.getTypeFactory().constructParametricType(ItemList.class, item);
  }

  JavaType type(final Class<?> type) {
    return json.getTypeFactory().constructType(type);
  }
}
