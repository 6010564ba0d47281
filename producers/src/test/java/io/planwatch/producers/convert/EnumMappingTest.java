package io.planwatch.producers.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnumMappingTest {
  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of(io.planwatch.domain.model.Measure.class, io.planwatch.avro.Measure.class),
        Arguments.of(
            io.planwatch.domain.model.PriceBasis.class, io.planwatch.avro.PriceBasis.class),
        Arguments.of(io.planwatch.domain.model.Frequency.class, io.planwatch.avro.Frequency.class),
        Arguments.of(
            io.planwatch.domain.model.ObservationStatus.class,
            io.planwatch.avro.ObservationStatus.class),
        Arguments.of(io.planwatch.domain.model.Direction.class, io.planwatch.avro.Direction.class),
        Arguments.of(
            io.planwatch.domain.model.TargetKind.class, io.planwatch.avro.TargetKind.class),
        Arguments.of(
            io.planwatch.domain.model.Comparator.class, io.planwatch.avro.Comparator.class),
        Arguments.of(io.planwatch.domain.model.Attribute.class, io.planwatch.avro.Attribute.class),
        Arguments.of(
            io.planwatch.domain.model.RegionKind.class, io.planwatch.avro.RegionKind.class),
        Arguments.of(
            io.planwatch.domain.model.ProjectStatus.class, io.planwatch.avro.ProjectStatus.class),
        Arguments.of(
            io.planwatch.domain.model.MilestoneType.class, io.planwatch.avro.MilestoneType.class),
        Arguments.of(
            io.planwatch.domain.model.ProjectSizeClass.class,
            io.planwatch.avro.ProjectSizeClass.class));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  <D extends Enum<D>, A extends Enum<A>> void shouldMapEveryConstantBothWays(
      Class<D> domain, Class<A> avro) {
    for (D constant : domain.getEnumConstants()) {
      assertThat(EnumMapping.map(EnumMapping.map(constant, avro), domain)).isSameAs(constant);
    }
    for (A constant : avro.getEnumConstants()) {
      assertThat(EnumMapping.map(EnumMapping.map(constant, domain), avro)).isSameAs(constant);
    }
    assertThat(Arrays.stream(domain.getEnumConstants()).map(Enum::name))
        .containsExactlyElementsOf(Arrays.stream(avro.getEnumConstants()).map(Enum::name).toList());
  }

  @Test
  void shouldKeepNullAsNull() {
    assertThat(EnumMapping.map(null, io.planwatch.avro.Measure.class)).isNull();
  }

  @Test
  void shouldNameTheConstantWithoutCounterpart() {
    assertThatThrownBy(
            () ->
                EnumMapping.map(
                    io.planwatch.domain.model.Measure.RATE, io.planwatch.avro.Frequency.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Measure.RATE");
  }
}
