package io.planwatch.streams.runtime;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.kafka.streams.TopologyDescription;

/**
 * The topics a topology reads that Kafka Streams does not create itself: the input topics, and the
 * output topics the app reads back for its views. Repartition topics are left out (Kafka Streams
 * creates them and names them {@code <application.id>-<name>-repartition}).
 *
 * @param all every such topic, sorted
 * @param global those that feed global stores, read by the global thread outside the group
 */
record SourceTopics(SortedSet<String> all, SortedSet<String> global) {
  private static final String REPARTITION_SUFFIX = "-repartition";

  SourceTopics {
    all = Collections.unmodifiableSortedSet(new TreeSet<>(all));
    global = Collections.unmodifiableSortedSet(new TreeSet<>(global));
  }

  static SourceTopics of(final TopologyDescription topology) {
    final SortedSet<String> all = new TreeSet<>();
    final SortedSet<String> global = new TreeSet<>();
    topology.globalStores().forEach(store -> global.addAll(external(store.source())));
    all.addAll(global);
    for (final TopologyDescription.Subtopology sub : topology.subtopologies()) {
      for (final TopologyDescription.Node node : sub.nodes()) {
        if (node instanceof TopologyDescription.Source source) {
          all.addAll(external(source));
        }
      }
    }
    return new SourceTopics(all, global);
  }

  /** The topics the consumer group reads: all but the global stores' ones. */
  SortedSet<String> grouped() {
    final SortedSet<String> grouped = new TreeSet<>(all);
    grouped.removeAll(global);
    return Collections.unmodifiableSortedSet(grouped);
  }

  /** A source's topics, without repartition topics; none for a pattern subscription. */
  private static List<String> external(final TopologyDescription.Source source) {
    if (source.topicSet() == null) {
      return List.of();
    }
    return source.topicSet().stream().filter(t -> !t.endsWith(REPARTITION_SUFFIX)).toList();
  }
}
