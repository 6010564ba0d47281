package io.planwatch.streams.query;

import java.util.Comparator;
import java.util.List;

/** The children of {@code parent} ranked by their pace on one indicator, best first. */
record RankingView(int year, Label indicator, Label parent, List<Entry> entries) {

  static final Comparator<Entry> BEST_FIRST =
      Comparator.comparingInt(Entry::rank).thenComparing(e -> e.region().code());

  RankingView {
    entries = List.copyOf(entries);
  }

  /** One region's place. */
  record Entry(
      int rank,
      int rankedRegions,
      Label region,
      String deviationKind,
      double deviation,
      String status) {}
}
