package io.planwatch.producers.ingest;

import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Region;
import java.util.Optional;
import java.util.Set;

/**
 * What the file readers need to know about indicators, regions and projects. The plan catalogue is
 * adapted to it; {@link InMemoryReferenceData} serves tests and small tools.
 */
public interface ReferenceData {
  /** An indicator by its code or its Chinese or English name. */
  Optional<Indicator> indicator(String codeOrName);

  /** A region by its code or its Chinese or English name. */
  Optional<Region> region(String codeOrName);

  /**
   * Whether a name fits several indicators or regions (和平区 is a district of Shenyang and of
   * Tianjin), so that only a code can say which: such a name is reported as ambiguous, not unknown.
   */
  default boolean isAmbiguous(String name) {
    return false;
  }

  /** The known project ids, or empty when this reference data has no project list (any id goes). */
  default Optional<Set<String>> projectIds() {
    return Optional.empty();
  }
}
