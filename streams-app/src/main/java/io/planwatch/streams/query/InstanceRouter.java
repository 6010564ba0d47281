package io.planwatch.streams.query;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Which instance answers: the owner of a key (the active host of its partition), or every instance
 * holding part of a store. Instances are named by their {@code application.server}; without one
 * this instance is alone and answers everything itself.
 */
final class InstanceRouter {

  private static final Serializer<String> KEYS = Serdes.String().serializer();
  private static final Comparator<HostInfo> BY_ADDRESS =
      Comparator.comparing(HostInfo::host).thenComparingInt(HostInfo::port);

  private final KafkaStreams streams;
  private final Optional<HostInfo> self;

  InstanceRouter(final KafkaStreams streams, final Optional<HostInfo> self) {
    this.streams = streams;
    this.self = self;
  }

  /** This instance's {@code application.server}, if it has one. */
  Optional<HostInfo> self() {
    return self;
  }

  boolean isSelf(final HostInfo host) {
    return self.map(host::equals).orElse(true);
  }

  /**
   * The instance whose store holds {@code key}: empty for this instance, else the other one.
   *
   * @throws NotQueryableException when no instance owns the key's partition right now
   */
  Optional<HostInfo> ownerOf(final String store, final String key) {
    if (self.isEmpty()) {
      return Optional.empty();
    }
    requireRunning(store);
    final KeyQueryMetadata metadata = streams.queryMetadataForKey(store, key, KEYS);
    if (metadata == null
        || KeyQueryMetadata.NOT_AVAILABLE.equals(metadata)
        || HostInfo.unavailable().equals(metadata.activeHost())) {
      throw new NotQueryableException(
          "no instance serves store "
              + store
              + " for key '"
              + key
              + "' yet ("
              + streams.state()
              + ")");
    }
    return isSelf(metadata.activeHost()) ? Optional.empty() : Optional.of(metadata.activeHost());
  }

  /**
   * Every instance holding active or standby partitions of any of {@code stores}, sorted by
   * address; just this one when it has no {@code application.server}.
   *
   * @throws NotQueryableException when none is known yet
   */
  List<HostInfo> hostsOf(final Collection<String> stores) {
    if (self.isEmpty()) {
      return List.of(HostInfo.unavailable());
    }
    requireRunning(stores);
    final List<HostInfo> hosts =
        stores.stream()
            .flatMap(s -> streams.streamsMetadataForStore(s).stream())
            .map(StreamsMetadata::hostInfo)
            .distinct()
            .sorted(BY_ADDRESS)
            .toList();
    if (hosts.isEmpty()) {
      throw new NotQueryableException(
          "no instance serves store(s) " + stores + " yet (" + streams.state() + ")");
    }
    return hosts;
  }

  /** The streams answer metadata questions only while running or rebalancing. */
  private void requireRunning(final Object stores) {
    final KafkaStreams.State state = streams.state();
    if (state != KafkaStreams.State.RUNNING && state != KafkaStreams.State.REBALANCING) {
      throw new NotQueryableException("store(s) " + stores + " not queryable yet (" + state + ")");
    }
  }
}
