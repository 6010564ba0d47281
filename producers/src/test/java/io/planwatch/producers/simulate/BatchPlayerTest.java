package io.planwatch.producers.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchPlayerTest {
  private final List<String> events = new ArrayList<>();
  private final List<SimulationBatch> batches = SimulationFixtures.BATCHES.subList(0, 3);

  @Test
  void shouldPauseBetweenBatchesButNotBeforeTheFirst() throws Exception {
    BatchPlayer player =
        new BatchPlayer(Duration.ofSeconds(5), d -> events.add("pause " + d.toSeconds()));

    int played = player.play(batches.iterator(), b -> events.add(b.name()));

    assertThat(played).isEqualTo(3);
    assertThat(events).containsExactly("2020-history", "pause 5", "2021-02", "pause 5", "2021-03");
  }

  @Test
  void shouldNotPauseAtAllWithAZeroInterval() throws Exception {
    BatchPlayer player = new BatchPlayer(Duration.ZERO, d -> events.add("pause"));

    player.play(batches.iterator(), b -> events.add(b.name()));

    assertThat(events).containsExactly("2020-history", "2021-02", "2021-03");
  }

  @Test
  void shouldStopAtTheFirstBatchTheSinkFailsOn() {
    BatchPlayer player = new BatchPlayer(Duration.ZERO, d -> {});

    assertThatThrownBy(
            () ->
                player.play(
                    batches.iterator(),
                    b -> {
                      events.add(b.name());
                      if (b.name().equals("2021-02")) {
                        throw new IOException("disk full");
                      }
                    }))
        .hasMessage("disk full");
    assertThat(events).containsExactly("2020-history", "2021-02");
  }

  @Test
  void shouldRefuseANegativeInterval() {
    assertThatThrownBy(() -> new BatchPlayer(Duration.ofSeconds(-1), d -> {}))
        .hasMessageContaining("negative");
  }
}
