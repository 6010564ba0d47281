package io.planwatch.registry.serde;

import java.util.ArrayList;
import java.util.Collection;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.specific.SpecificData;

/**
 * The data model the deserializer reads with: Avro's specific model with the time conversions the
 * generated classes use, but arrays read as plain {@link ArrayList}s. Avro's own {@code
 * GenericData.Array} compares its items through {@code GenericData.compare}, which knows no logical
 * types, so {@code equals} on a deserialized record with, say, milestones carrying {@link
 * java.time.LocalDate}s throws; an {@code ArrayList} compares items with their own {@code equals}
 * like any Java list.
 */
final class ListSpecificData extends SpecificData {

  ListSpecificData(ClassLoader loader) {
    super(loader);
    addLogicalTypeConversion(new TimeConversions.DateConversion());
    addLogicalTypeConversion(new TimeConversions.TimeMillisConversion());
    addLogicalTypeConversion(new TimeConversions.TimeMicrosConversion());
    addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
    addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
    addLogicalTypeConversion(new TimeConversions.LocalTimestampMillisConversion());
    addLogicalTypeConversion(new TimeConversions.LocalTimestampMicrosConversion());
  }

  @Override
  public Object newArray(Object old, int size, Schema schema) {
    if (old instanceof ArrayList<?> list) {
      list.clear();
      return list;
    }
    if (old instanceof Collection<?> || old == null) {
      return new ArrayList<>(size);
    }
    return super.newArray(old, size, schema);
  }
}
