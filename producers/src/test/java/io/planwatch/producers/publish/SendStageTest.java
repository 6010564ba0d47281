package io.planwatch.producers.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SendStageTest {

  /** Records what the handler saw, and on which thread. */
  private static final class Recording implements SendStage.Handler<Integer> {
    final List<String> seen = new ArrayList<>();
    final List<String> threads = new ArrayList<>();

    @Override
    public void record(Integer record) {
      seen.add(Integer.toString(record));
      threads.add(Thread.currentThread().getName());
    }

    @Override
    public void stop(String reason) {
      seen.add("stop:" + reason);
    }
  }

  @Property(tries = 50)
  void shouldHandEveryRecordAndStopInOrderOnItsOwnThread(
      @ForAll @IntRange(min = 0, max = 5_000) int records,
      @ForAll @IntRange(min = 0, max = 5_000) int stopAt) {
    Recording handler = new Recording();
    List<String> expected = new ArrayList<>();
    try (SendStage<Integer> stage = SendStage.start("test-send", handler)) {
      for (int i = 0; i < records; i++) {
        if (i == stopAt) {
          stage.stop("rejected at " + i);
          expected.add("stop:rejected at " + i);
        }
        stage.accept(i);
        expected.add(Integer.toString(i));
      }
      stage.finish();
    }

    // After finish, what the handler did is visible here, complete and in order.
    assertThat(handler.seen).containsExactlyElementsOf(expected);
    assertThat(handler.threads).allMatch("test-send"::equals);
  }

  @Test
  void shouldThrowTheHandlersFailureToTheCallerAndHandleNothingAfterIt() {
    IllegalStateException broken = new IllegalStateException("broker unreachable");
    List<Integer> handled = new ArrayList<>();
    SendStage.Handler<Integer> handler =
        new SendStage.Handler<>() {
          @Override
          public void record(Integer record) {
            if (record == 700) {
              throw broken;
            }
            handled.add(record);
          }

          @Override
          public void stop(String reason) {}
        };
    int total = 100 * SendStage.BATCH_SIZE * SendStage.QUEUED_BATCHES;
    int[] accepted = {0};
    try (SendStage<Integer> stage = SendStage.start("test-send", handler)) {
      assertThatThrownBy(
              () -> {
                // Far more than the queue holds: the caller learns of the failure while handing.
                for (int i = 0; i < total; i++) {
                  stage.accept(i);
                  accepted[0]++;
                }
                stage.finish();
              })
          .isSameAs(broken);
    }

    assertThat(handled).hasSize(700).last().isEqualTo(699);
    // Thrown by accept, long before the end: at most the queue and a batch beyond the failure.
    assertThat(accepted[0]).isLessThan(700 + (SendStage.QUEUED_BATCHES + 3) * SendStage.BATCH_SIZE);
  }

  @Test
  void shouldNotTakeRecordsLeftInTheQueueForSentWhenItsThreadWasInterrupted() {
    List<Integer> handled = new ArrayList<>();
    SendStage.Handler<Integer> handler =
        new SendStage.Handler<>() {
          @Override
          public void record(Integer record) {
            handled.add(record);
            if (record == 10) {
              // Something else interrupts the stage's thread: it stops at its next wait.
              Thread.currentThread().interrupt();
            }
          }

          @Override
          public void stop(String reason) {}
        };
    try (SendStage<Integer> stage = SendStage.start("test-send", handler)) {
      assertThatThrownBy(
              () -> {
                for (int i = 0; i < 3 * SendStage.BATCH_SIZE; i++) {
                  stage.accept(i);
                }
                stage.finish();
              })
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("the send stage was interrupted");
    }

    // The rest of the first batch, then nothing: the thread stopped at its next wait.
    assertThat(handled).hasSize(SendStage.BATCH_SIZE);
  }

  @Test
  void shouldThrowAFailureOfTheLastRecordsFromFinish() {
    IllegalStateException broken = new IllegalStateException("registry unreachable");
    SendStage.Handler<Integer> handler =
        new SendStage.Handler<>() {
          @Override
          public void record(Integer record) {
            throw broken;
          }

          @Override
          public void stop(String reason) {}
        };
    try (SendStage<Integer> stage = SendStage.start("test-send", handler)) {
      stage.accept(1);

      assertThatThrownBy(stage::finish).isSameAs(broken);
    }
  }

  @Test
  void shouldStopItsThreadAndDropWhatWaitsWhenClosedWithoutFinishing() throws Exception {
    CountDownLatch handling = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<Integer> handled = new ArrayList<>();
    AtomicReference<Thread> thread = new AtomicReference<>();
    SendStage.Handler<Integer> handler =
        new SendStage.Handler<>() {
          @Override
          public void record(Integer record) {
            thread.set(Thread.currentThread());
            handled.add(record);
            handling.countDown();
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }

          @Override
          public void stop(String reason) {}
        };
    SendStage<Integer> stage = SendStage.start("test-send", handler);
    for (int i = 0; i < 3 * SendStage.BATCH_SIZE; i++) {
      stage.accept(i);
    }
    assertThat(handling.await(10, TimeUnit.SECONDS)).isTrue();

    // The handler is blocked in the first record; closing interrupts it and drops the rest.
    stage.close();

    assertThat(thread.get().isAlive()).isFalse();
    assertThat(handled).containsExactly(0);
    assertThatThrownBy(() -> stage.accept(1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void shouldFinishAStageThatWasHandedNothing() {
    Recording handler = new Recording();
    try (SendStage<Integer> stage = SendStage.start("test-send", handler)) {
      stage.finish();
      stage.finish();
    }

    assertThat(handler.seen).isEmpty();
  }
}
