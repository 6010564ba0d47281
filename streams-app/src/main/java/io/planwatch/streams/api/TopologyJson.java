package io.planwatch.streams.api;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.TopologyDescription;

/**
 * A {@link TopologyDescription} as plain data for JSON: what kstreamplify shows over HTTP, so an
 * operator can see topics, stores and node names without reading logs.
 */
public record TopologyJson(List<Subtopology> subtopologies, List<GlobalStore> globalStores) {

  /** One sub-topology: the unit Kafka Streams turns into tasks. */
  public record Subtopology(int id, List<Node> nodes) {}

  /**
   * One node.
   *
   * @param type {@code source}, {@code processor} or {@code sink}
   * @param topics topics read (source) or written (sink); a pattern as {@code /regex/}
   */
  public record Node(
      String name,
      String type,
      Set<String> topics,
      Set<String> stores,
      Set<String> predecessors,
      Set<String> successors) {}

  /** A global store with the topic it is loaded from. */
  public record GlobalStore(int id, String store, Set<String> topics, String processor) {}

  public static TopologyJson of(final TopologyDescription description) {
    final List<Subtopology> subtopologies =
        description.subtopologies().stream()
            .sorted(Comparator.comparingInt(TopologyDescription.Subtopology::id))
            .map(
                s ->
                    new Subtopology(
                        s.id(),
                        s.nodes().stream()
                            .map(TopologyJson::node)
                            .sorted(Comparator.comparing(Node::name))
                            .toList()))
            .toList();
    final List<GlobalStore> globalStores =
        description.globalStores().stream()
            .sorted(Comparator.comparingInt(TopologyDescription.GlobalStore::id))
            .map(
                g ->
                    new GlobalStore(
                        g.id(),
                        String.join(",", g.processor().stores()),
                        topics(g.source()),
                        g.processor().name()))
            .toList();
    return new TopologyJson(subtopologies, globalStores);
  }

  private static Node node(final TopologyDescription.Node node) {
    final String type;
    final Set<String> topics;
    final Set<String> stores;
    if (node instanceof TopologyDescription.Source source) {
      type = "source";
      topics = topics(source);
      stores = Set.of();
    } else if (node instanceof TopologyDescription.Sink sink) {
      type = "sink";
      topics = sink.topic() == null ? Set.of("(dynamic)") : Set.of(sink.topic());
      stores = Set.of();
    } else if (node instanceof TopologyDescription.Processor processor) {
      type = "processor";
      topics = Set.of();
      stores = new TreeSet<>(processor.stores());
    } else {
      type = "unknown";
      topics = Set.of();
      stores = Set.of();
    }
    return new Node(
        node.name(), type, topics, stores, names(node.predecessors()), names(node.successors()));
  }

  private static Set<String> topics(final TopologyDescription.Source source) {
    if (source.topicSet() != null) {
      return new TreeSet<>(source.topicSet());
    }
    return source.topicPattern() == null ? Set.of() : Set.of("/" + source.topicPattern() + "/");
  }

  private static Set<String> names(final Set<TopologyDescription.Node> nodes) {
    final Set<String> names = new TreeSet<>();
    nodes.forEach(n -> names.add(n.name()));
    return names;
  }
}
