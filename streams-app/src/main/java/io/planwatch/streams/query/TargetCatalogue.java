package io.planwatch.streams.query;

import io.planwatch.avro.PlanTarget;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * The plan target catalogue ({@code plan.targets}, compacted, keyed by target id) held whole by
 * every instance, like the global stores of regions and indicators: it labels progress with its
 * source (document, line) and answers {@code /targets} without routing. The topology keeps targets
 * only as working state partitioned by series, which is not for queries (see {@code PaceStores}).
 */
final class TargetCatalogue {

  private final Map<String, PlanTarget> byId = new ConcurrentHashMap<>();
  private volatile BooleanSupplier ready = () -> false;

  /** Applies one record of the topic; a tombstone removes the target. */
  void apply(final String id, final PlanTarget target) {
    if (id == null) {
      return;
    }
    if (target == null) {
      byId.remove(id);
    } else {
      byId.put(id, target);
    }
  }

  /** Tells the catalogue when it is complete, e.g. when its mirror has caught up. */
  void readyWhen(final BooleanSupplier condition) {
    this.ready = condition;
  }

  /**
   * The target, or empty when the catalogue has none of that id.
   *
   * @throws NotQueryableException while the catalogue is still being read
   */
  Optional<PlanTarget> find(final String id) {
    requireReady();
    return Optional.ofNullable(byId.get(id));
  }

  /** Every target, in no particular order. */
  List<PlanTarget> all() {
    requireReady();
    return List.copyOf(byId.values());
  }

  private void requireReady() {
    if (!ready.getAsBoolean()) {
      throw new NotQueryableException("the plan target catalogue is still being read");
    }
  }
}
