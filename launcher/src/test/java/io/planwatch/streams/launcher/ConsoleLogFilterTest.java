package io.planwatch.streams.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

class ConsoleLogFilterTest {
  private final LoggerContext context = new LoggerContext();
  private final ConsoleLogFilter filter = new ConsoleLogFilter();

  private FilterReply decide(final String logger, final Level level) {
    final LoggingEvent event =
        new LoggingEvent(
            getClass().getName(), context.getLogger(logger), level, "message", null, null);
    return filter.decide(event);
  }

  @Test
  void shouldKeepKafkaOffTheConsoleAndShowOtherLibrariesErrors() {
    assertThat(decide("org.apache.kafka.clients.NetworkClient", Level.WARN))
        .isEqualTo(FilterReply.DENY);
    assertThat(decide("kafka.server.ReplicaManager", Level.ERROR)).isEqualTo(FilterReply.DENY);
    assertThat(decide("state.change.logger", Level.ERROR)).isEqualTo(FilterReply.DENY);
    assertThat(decide("kafkaesque.Other", Level.ERROR)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide("org.eclipse.jetty.server.Server", Level.ERROR))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide("org.eclipse.jetty.server.Server", Level.WARN)).isEqualTo(FilterReply.DENY);
  }

  @Test
  void shouldShowKafkaFromItsLevelOn() {
    filter.setKafkaLevel("ERROR");
    assertThat(decide("org.apache.kafka.streams.KafkaStreams", Level.ERROR))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide("org.apache.kafka.streams.KafkaStreams", Level.WARN))
        .isEqualTo(FilterReply.DENY);
  }

  @Test
  void shouldShowPlanwatchFromItsLevelOn() {
    assertThat(decide("io.planwatch.streams.runtime.StreamsApp", Level.WARN))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide("io.planwatch.streams.runtime.StreamsApp", Level.INFO))
        .isEqualTo(FilterReply.DENY);
    assertThat(decide("io.planwatchers.Other", Level.WARN)).isEqualTo(FilterReply.DENY);

    filter.setPlanwatchLevel("INFO");
    assertThat(decide("io.planwatch.streams.runtime.StreamsApp", Level.INFO))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide("io.planwatch.streams.runtime.StreamsApp", Level.DEBUG))
        .isEqualTo(FilterReply.DENY);
  }

  @Test
  void shouldShowEverythingWhenVerbose() {
    filter.setVerbose(true);
    assertThat(decide("org.apache.kafka.clients.NetworkClient", Level.INFO))
        .isEqualTo(FilterReply.NEUTRAL);
  }
}
