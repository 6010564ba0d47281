package io.planwatch.streams.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.streams.runtime.HangingTransactions.CoordinatorView;
import io.planwatch.streams.runtime.HangingTransactions.OpenTransaction;
import io.planwatch.streams.runtime.HangingTransactions.Verdict;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** The rule that decides which open transaction is hanging (the Admin calls are in the IT). */
class HangingTransactionsTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final TopicPartition P0 =
      new TopicPartition("planwatch-pace-series-observations-changelog", 0);
  private static final TopicPartition P2 =
      new TopicPartition("planwatch-pace-series-observations-changelog", 2);
  private static final long LAST_WRITE = 1_000_000L;
  private static final OpenTransaction OPEN = new OpenTransaction(P0, 1, 33, 0, 1_855, LAST_WRITE);
  private static final long OLD = LAST_WRITE + TIMEOUT.toMillis() + 1;

  @Test
  void shouldCallHangingAnOldTransactionTheCoordinatorHasCompletedWithoutThisPartition() {
    final var completed = new CoordinatorView("planwatch-pace-x-1", "CompleteCommit", Set.of());

    assertThat(HangingTransactions.judge(OPEN, Optional.of(completed), OLD, TIMEOUT))
        .isEqualTo(Verdict.HANGING);
  }

  @Test
  void shouldCallHangingAnOldTransactionOfAProducerNoCoordinatorKnows() {
    assertThat(HangingTransactions.judge(OPEN, Optional.empty(), OLD, TIMEOUT))
        .isEqualTo(Verdict.HANGING);
  }

  @Test
  void shouldCallHangingAnOngoingTransactionOfTheProducerThatDoesNotListThisPartition() {
    final var elsewhere = new CoordinatorView("planwatch-pace-x-1", "Ongoing", Set.of(P2));

    assertThat(HangingTransactions.judge(OPEN, Optional.of(elsewhere), OLD, TIMEOUT))
        .isEqualTo(Verdict.HANGING);
  }

  @Test
  void shouldLeaveToTheCoordinatorATransactionItStillListsHoweverOld() {
    final var ongoing = new CoordinatorView("planwatch-pace-x-1", "Ongoing", Set.of(P0, P2));
    final var committing = new CoordinatorView("planwatch-pace-x-1", "PrepareCommit", Set.of(P0));

    assertThat(HangingTransactions.judge(OPEN, Optional.of(ongoing), OLD + 3_600_000, TIMEOUT))
        .isEqualTo(Verdict.COORDINATOR_WILL_END_IT);
    assertThat(HangingTransactions.judge(OPEN, Optional.of(committing), OLD, TIMEOUT))
        .isEqualTo(Verdict.COORDINATOR_WILL_END_IT);
  }

  @Test
  void shouldNeverAbortATransactionYoungerThanTheTimeout() {
    assertThat(HangingTransactions.judge(OPEN, Optional.empty(), OLD - 1, TIMEOUT))
        .as("exactly the timeout old")
        .isEqualTo(Verdict.TOO_YOUNG);
    assertThat(HangingTransactions.judge(OPEN, Optional.empty(), LAST_WRITE, TIMEOUT))
        .isEqualTo(Verdict.TOO_YOUNG);
  }

  @Test
  void shouldAbortWithTheCoordinatorEpochTheLeaderHoldsAndZeroWhenNoMarkerWasWritten() {
    assertThat(OPEN.abortSpec().coordinatorEpoch()).isZero();
    assertThat(new OpenTransaction(P0, 7, 3, 5, 10, LAST_WRITE).abortSpec())
        .satisfies(
            spec -> {
              assertThat(spec.topicPartition()).isEqualTo(P0);
              assertThat(spec.producerId()).isEqualTo(7);
              assertThat(spec.producerEpoch()).isEqualTo((short) 3);
              assertThat(spec.coordinatorEpoch()).isEqualTo(5);
            });
    assertThat(new OpenTransaction(P0, 7, 3, -1, 10, LAST_WRITE).abortSpec().coordinatorEpoch())
        .isZero();
  }
}
