package io.planwatch.streams.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TransactionalIdNotFoundException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and aborts hanging transactions on the partitions the app owns, before Kafka Streams
 * starts: what {@code kafka-transactions.sh find-hanging} and {@code abort} do by hand.
 *
 * <p>A transaction hangs when a partition leader still holds it open while its coordinator will
 * never end it: the coordinator does not know the producer, or no longer lists the partition among
 * the ones it will write a marker to (for example it is {@code CompleteCommit} already). Nothing
 * ever aborts such a transaction; the partition's last stable offset stays at its first offset, so
 * every read_committed reader, the app's own restore consumer included, stops there forever.
 *
 * <p>An open transaction younger than the transaction timeout is never touched: its producer may
 * still be writing. When a candidate is too young, this waits until it is old enough (at most one
 * transaction timeout plus a margin) and looks again, so the check always ends.
 */
public final class HangingTransactions {
  private static final Logger LOG = LoggerFactory.getLogger(HangingTransactions.class);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration MARGIN = Duration.ofSeconds(5);

  private final Admin admin;
  private final Duration transactionTimeout;
  private final Clock clock;

  /**
   * @param transactionTimeout the producers' {@code transaction.timeout.ms}: a transaction open for
   *     longer than this is not in progress any more
   */
  public HangingTransactions(
      final Admin admin, final Duration transactionTimeout, final Clock clock) {
    this.admin = admin;
    this.transactionTimeout = transactionTimeout;
    this.clock = clock;
  }

  /**
   * The start-up step that runs {@link #beforeStart} once every topic exists, right before the
   * streams start.
   */
  static StartupStep startupStep(final Properties streamsProperties) {
    return new StartupStep() {
      @Override
      public String description() {
        return "abort hanging transactions on the app's partitions";
      }

      @Override
      public void run(final StartupContext context) {
        beforeStart(context.config().clientProperties(), streamsProperties, context.topology());
      }
    };
  }

  /**
   * The start-up check of the app: with exactly-once processing, aborts the hanging transactions on
   * the app's partitions. A failure (no ACL for DescribeProducers or WriteTxnMarkers, a broker that
   * does not answer) is logged and the app starts anyway; a restore held back by a transaction is
   * then reported in {@code /health}.
   */
  public static void beforeStart(
      final Map<String, Object> adminProperties,
      final Properties streamsProperties,
      final TopologyDescription topology) {
    final StreamsConfig streamsConfig = new StreamsConfig(streamsProperties);
    if (!StreamsConfig.EXACTLY_ONCE_V2.equals(
        streamsConfig.getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))) {
      return;
    }
    final Duration timeout =
        Duration.ofMillis(
            Long.parseLong(
                String.valueOf(
                    streamsConfig
                        .getProducerConfigs("planwatch-hanging-transactions")
                        .get(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG))));
    final String applicationId = streamsConfig.getString(StreamsConfig.APPLICATION_ID_CONFIG);
    try (Admin admin = Admin.create(adminProperties)) {
      final HangingTransactions check = new HangingTransactions(admin, timeout, Clock.systemUTC());
      final List<OpenTransaction> aborted =
          check.abortHanging(check.ownedPartitions(applicationId, topology));
      LOG.info("Hanging transactions aborted before start: {}", aborted.size());
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (final RuntimeException e) {
      LOG.warn("Could not look for hanging transactions; starting anyway", e);
    }
  }

  /** An open transaction on one partition, as its leader reports it (DescribeProducers). */
  public record OpenTransaction(
      TopicPartition partition,
      long producerId,
      int producerEpoch,
      int coordinatorEpoch,
      long startOffset,
      long lastTimestamp) {

    /**
     * The abort {@code kafka-transactions.sh abort} sends: a coordinator epoch of -1 (no marker
     * written yet) becomes 0, which no leader epoch is below.
     */
    AbortTransactionSpec abortSpec() {
      return new AbortTransactionSpec(
          partition, producerId, (short) producerEpoch, Math.max(0, coordinatorEpoch));
    }

    @Override
    public String toString() {
      return partition
          + " producerId "
          + producerId
          + " epoch "
          + producerEpoch
          + " open since offset "
          + startOffset;
    }
  }

  /**
   * What the transaction coordinator says about a producer id (ListTransactions, then
   * DescribeTransactions).
   *
   * @param partitions the partitions the coordinator will still write a marker to: those of the
   *     ongoing transaction, or those still waiting for their marker while it commits or aborts
   */
  public record CoordinatorView(
      String transactionalId, String state, Set<TopicPartition> partitions) {
    public CoordinatorView {
      partitions = Set.copyOf(partitions);
    }
  }

  /** The decision for one open transaction. */
  public enum Verdict {
    /** The coordinator lists the partition: it will write the marker itself. */
    COORDINATOR_WILL_END_IT,
    /** Open for less than the transaction timeout: its producer may still be writing. */
    TOO_YOUNG,
    /** Nothing will ever end it: abort it. */
    HANGING
  }

  /**
   * The rule, on its own: hanging when open for longer than the transaction timeout and its
   * coordinator does not list the partition (or does not know the producer at all).
   */
  public static Verdict judge(
      final OpenTransaction open,
      final Optional<CoordinatorView> coordinator,
      final long nowMs,
      final Duration transactionTimeout) {
    if (coordinator.isPresent() && coordinator.get().partitions().contains(open.partition())) {
      return Verdict.COORDINATOR_WILL_END_IT;
    }
    if (nowMs - open.lastTimestamp() <= transactionTimeout.toMillis()) {
      return Verdict.TOO_YOUNG;
    }
    return Verdict.HANGING;
  }

  /**
   * The partitions the app owns: every topic named {@code <applicationId>-…} (Kafka Streams'
   * changelogs and repartition topics) and every topic the topology writes to.
   */
  public List<TopicPartition> ownedPartitions(
      final String applicationId, final TopologyDescription topology) {
    final Set<String> existing = call(() -> admin.listTopics().names().get(CALL_SECONDS, SECONDS));
    final Set<String> owned = new TreeSet<>();
    existing.stream().filter(name -> name.startsWith(applicationId + "-")).forEach(owned::add);
    topology.subtopologies().stream()
        .flatMap(sub -> sub.nodes().stream())
        .filter(TopologyDescription.Sink.class::isInstance)
        .map(node -> ((TopologyDescription.Sink) node).topic())
        .filter(topic -> topic != null && existing.contains(topic))
        .forEach(owned::add);
    if (owned.isEmpty()) {
      return List.of();
    }
    final Map<String, TopicDescription> described =
        call(() -> admin.describeTopics(owned).allTopicNames().get(CALL_SECONDS, SECONDS));
    return described.values().stream()
        .flatMap(
            topic ->
                topic.partitions().stream()
                    .map(p -> new TopicPartition(topic.name(), p.partition())))
        .sorted(
            Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition))
        .toList();
  }

  /**
   * Aborts every hanging transaction on {@code partitions} and logs each one. Returns within about
   * one transaction timeout plus the Admin calls' timeouts.
   *
   * @return the transactions aborted, in the order they were aborted
   */
  public List<OpenTransaction> abortHanging(final Collection<TopicPartition> partitions)
      throws InterruptedException {
    final List<OpenTransaction> aborted = new ArrayList<>();
    final long giveUpAt = clock.millis() + transactionTimeout.plus(MARGIN).toMillis();
    while (true) {
      final List<OpenTransaction> open = openTransactions(partitions);
      final Map<Long, CoordinatorView> coordinator = coordinatorViews(open);
      final long now = clock.millis();
      long wakeUpAt = Long.MAX_VALUE;
      for (final OpenTransaction transaction : open) {
        final Optional<CoordinatorView> view =
            Optional.ofNullable(coordinator.get(transaction.producerId()));
        switch (judge(transaction, view, now, transactionTimeout)) {
          case HANGING -> {
            abort(transaction, view);
            aborted.add(transaction);
          }
          case TOO_YOUNG ->
              wakeUpAt =
                  Math.min(
                      wakeUpAt, transaction.lastTimestamp() + transactionTimeout.toMillis() + 1);
          case COORDINATOR_WILL_END_IT -> {}
        }
      }
      if (wakeUpAt == Long.MAX_VALUE) {
        return aborted;
      }
      if (now >= giveUpAt) {
        LOG.warn(
            "Open transactions the coordinator does not list are still younger than the"
                + " transaction timeout {} after waiting; starting anyway: {}",
            transactionTimeout,
            open);
        return aborted;
      }
      final long sleep = Math.max(1, Math.min(wakeUpAt, giveUpAt) - now);
      LOG.info(
          "An open transaction the coordinator does not list is younger than the transaction"
              + " timeout; looking again in {} ms",
          sleep);
      Thread.sleep(sleep);
    }
  }

  private void abort(final OpenTransaction transaction, final Optional<CoordinatorView> view) {
    LOG.warn(
        "Aborting hanging transaction on {}: producerId {}, epoch {}, open since offset {}, last"
            + " written {}; the coordinator {}",
        transaction.partition(),
        transaction.producerId(),
        transaction.producerEpoch(),
        transaction.startOffset(),
        Instant.ofEpochMilli(transaction.lastTimestamp()),
        view.map(
                v ->
                    "has transactional id "
                        + v.transactionalId()
                        + " in state "
                        + v.state()
                        + " without this partition")
            .orElse("does not know this producer"));
    call(() -> admin.abortTransaction(transaction.abortSpec()).all().get(CALL_SECONDS, SECONDS));
  }

  private List<OpenTransaction> openTransactions(final Collection<TopicPartition> partitions) {
    if (partitions.isEmpty()) {
      return List.of();
    }
    final var states =
        call(() -> admin.describeProducers(partitions).all().get(CALL_SECONDS, SECONDS));
    final List<OpenTransaction> open = new ArrayList<>();
    states.forEach(
        (partition, state) -> {
          for (final ProducerState producer : state.activeProducers()) {
            if (producer.currentTransactionStartOffset().isPresent()) {
              open.add(
                  new OpenTransaction(
                      partition,
                      producer.producerId(),
                      producer.producerEpoch(),
                      producer.coordinatorEpoch().orElse(-1),
                      producer.currentTransactionStartOffset().getAsLong(),
                      producer.lastTimestamp()));
            }
          }
        });
    return open;
  }

  private Map<Long, CoordinatorView> coordinatorViews(final List<OpenTransaction> open) {
    if (open.isEmpty()) {
      return Map.of();
    }
    final Set<Long> producerIds =
        open.stream().map(OpenTransaction::producerId).collect(Collectors.toSet());
    final Collection<TransactionListing> listings =
        call(
            () ->
                admin
                    .listTransactions(new ListTransactionsOptions().filterProducerIds(producerIds))
                    .all()
                    .get(CALL_SECONDS, SECONDS));
    final Map<Long, CoordinatorView> views = new HashMap<>();
    for (final TransactionListing listing : listings) {
      describe(listing.transactionalId())
          .ifPresent(
              description ->
                  views.put(
                      listing.producerId(),
                      new CoordinatorView(
                          listing.transactionalId(),
                          description.state().toString(),
                          description.topicPartitions())));
    }
    return views;
  }

  /** Empty when the coordinator no longer knows the transactional id. */
  private Optional<TransactionDescription> describe(final String transactionalId) {
    try {
      return Optional.of(
          admin
              .describeTransactions(List.of(transactionalId))
              .description(transactionalId)
              .get(CALL_SECONDS, SECONDS));
    } catch (final ExecutionException e) {
      if (e.getCause() instanceof TransactionalIdNotFoundException) {
        return Optional.empty();
      }
      throw new IllegalStateException(
          "Could not describe transactional id " + transactionalId + ": " + e.getCause(),
          e.getCause());
    } catch (final TimeoutException e) {
      throw new IllegalStateException(
          "Describing transactional id " + transactionalId + " timed out", e);
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private static final long CALL_SECONDS = CALL_TIMEOUT.toSeconds();
  private static final TimeUnit SECONDS = TimeUnit.SECONDS;

  private interface AdminCall<T> {
    T get() throws ExecutionException, InterruptedException, TimeoutException;
  }

  private static <T> T call(final AdminCall<T> request) {
    try {
      return request.get();
    } catch (final ExecutionException e) {
      throw new IllegalStateException(
          "Looking for hanging transactions failed: " + e.getCause(), e.getCause());
    } catch (final TimeoutException e) {
      throw new IllegalStateException(
          "Looking for hanging transactions timed out after " + CALL_TIMEOUT, e);
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted looking for hanging transactions", e);
    }
  }
}
