package io.planwatch.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.avro.Region;
import io.planwatch.avro.RegionKind;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class AvroValueSerdesTest {
  @Test
  void shouldRoundTripCatalogueValuesInConfluentFramingThroughMockRegistry() {
    TopicSpec<Region> regions = Topics.defaults().regions();
    ValueSerdeFactory serdes =
        AvroValueSerdes.of(Map.of("schema.registry.url", "mock://avro-value-serdes-test"));
    Region hunnan = region();

    try (Serde<Region> serde = regions.valueSerde(serdes)) {
      byte[] bytes = serde.serializer().serialize(regions.name(), hunnan);

      assertThat(bytes[0]).isZero();
      assertThat(serde.deserializer().deserialize(regions.name(), bytes)).isEqualTo(hunnan);
    }
  }

  private static Region region() {
    return Region.newBuilder()
        .setCode("210112")
        .setNameZh("浑南区")
        .setNameEn("Hunnan District")
        .setKind(RegionKind.DISTRICT)
        .setParentCode("210100")
        .setGroups(List.of())
        .setRollsUp(true)
        .build();
  }
}
