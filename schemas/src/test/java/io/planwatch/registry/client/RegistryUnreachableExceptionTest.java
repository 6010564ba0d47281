package io.planwatch.registry.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class RegistryUnreachableExceptionTest {

  @Test
  void shouldFindAnOutageUnderTheWrappersOfDeserializerAndConsumer() {
    final RegistryUnreachableException outage =
        new RegistryUnreachableException("no registry at http://localhost:1", null);
    final RuntimeException wrapped =
        new IllegalStateException("poll failed", new SerializationException("id 3", outage));

    assertThat(RegistryUnreachableException.isCauseOf(wrapped)).isTrue();
    assertThat(RegistryUnreachableException.isCauseOf(outage)).isTrue();
  }

  @Test
  void shouldNotMistakeABadRecordForAnOutage() {
    final RuntimeException corrupt =
        new SerializationException("unknown magic byte 7", new IllegalArgumentException("x"));

    assertThat(RegistryUnreachableException.isCauseOf(corrupt)).isFalse();
    assertThat(RegistryUnreachableException.isCauseOf(null)).isFalse();
  }
}
