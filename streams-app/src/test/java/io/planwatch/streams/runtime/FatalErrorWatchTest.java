package io.planwatch.streams.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class FatalErrorWatchTest {

  private final StreamsHealth health = new StreamsHealth();
  private final List<Throwable> reported = new CopyOnWriteArrayList<>();
  private final CountDownLatch notified = new CountDownLatch(1);
  private final FatalErrorWatch watch =
      new FatalErrorWatch(
          health,
          cause -> {
            reported.add(cause);
            notified.countDown();
          });

  @Test
  void shouldShutDownTheClientOnAnUncaughtException() {
    assertThat(watch.handle(new IllegalStateException("boom")))
        .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    assertThat(reported).isEmpty();
  }

  @Test
  void shouldReportTheUncaughtExceptionOnceWhenStreamsReachError() throws InterruptedException {
    final IllegalStateException boom = new IllegalStateException("boom");
    watch.handle(boom);

    watch.onChange(State.PENDING_ERROR, State.RUNNING);
    watch.onChange(State.ERROR, State.PENDING_ERROR);
    watch.onChange(State.ERROR, State.ERROR);

    assertThat(notified.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(reported).containsExactly(boom);
    assertThat(health.snapshot().error()).contains("java.lang.IllegalStateException: boom");
  }

  @Test
  void shouldDescribeAnErrorStateReachedWithoutUncaughtException() throws InterruptedException {
    watch.onChange(State.ERROR, State.PENDING_ERROR);

    assertThat(notified.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(reported).singleElement().asString().contains("PENDING_ERROR to ERROR");
  }

  @Test
  void shouldNotReportAnOrderlyShutdown() {
    watch.onChange(State.PENDING_SHUTDOWN, State.RUNNING);
    watch.onChange(State.NOT_RUNNING, State.PENDING_SHUTDOWN);

    assertThat(notified.getCount()).isEqualTo(1);
    assertThat(reported).isEmpty();
  }
}
