package io.planwatch.streams.topology;

import io.planwatch.avro.IndicatorRanking;
import io.planwatch.avro.PaceStatus;
import io.planwatch.avro.Period;
import io.planwatch.avro.RegionScorecard;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Region;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scorecards of the sibling regions of one parent for one year, from the progress of all their
 * targets: counts by status, the share on track, and per indicator each region's rank among the
 * siblings by deviation (higher is better, so rank 1 is furthest ahead). Deviations of different
 * kinds (ratio, gap) are ranked separately; a region with several targets of the same indicator and
 * kind is ranked by its first target (by id); NOT_EVALUABLE progress is not ranked.
 */
final class Scorecards {
  private Scorecards() {}

  /**
   * @param byRegion the progress of every target of the group, by region code, targets in id order
   * @param parent the parent region code, or {@link ScorecardRouter#NO_PARENT}
   * @return the cards with {@code evaluatedAt} at the epoch: the builder compares their content and
   *     stamps the time of the cards it emits
   */
  static Map<String, RegionScorecard> of(
      final Map<String, List<ScorecardEntry>> byRegion,
      final String parent,
      final int year,
      final ReferenceData reference) {
    final Map<String, List<IndicatorRanking>> rankings =
        rank(byRegion, parent, new Indicators(reference));
    final Map<String, RegionScorecard> cards = new TreeMap<>();
    byRegion.forEach(
        (code, progress) -> {
          final Region region = reference.region(code);
          final int[] counts = new int[PaceStatus.values().length];
          Period latest = null;
          for (final ScorecardEntry p : progress) {
            counts[p.status().ordinal()]++;
            if (p.latestPeriod() != null
                && (latest == null || compare(p.latestPeriod(), latest) > 0)) {
              latest = p.latestPeriod();
            }
          }
          final int onPace =
              counts[PaceStatus.AHEAD.ordinal()] + counts[PaceStatus.ON_TRACK.ordinal()];
          final int evaluated =
              onPace + counts[PaceStatus.BEHIND.ordinal()] + counts[PaceStatus.CRITICAL.ordinal()];
          cards.put(
              code,
              RegionScorecard.newBuilder()
                  .setRegionCode(code)
                  .setRegionNameZh(region == null ? code : region.nameZh())
                  .setRegionNameEn(region == null ? code : region.nameEn())
                  .setYear(year)
                  .setPeriod(latest)
                  .setAhead(counts[PaceStatus.AHEAD.ordinal()])
                  .setOnTrack(counts[PaceStatus.ON_TRACK.ordinal()])
                  .setBehind(counts[PaceStatus.BEHIND.ordinal()])
                  .setCritical(counts[PaceStatus.CRITICAL.ordinal()])
                  .setNotEvaluable(counts[PaceStatus.NOT_EVALUABLE.ordinal()])
                  .setShareOnTrack(evaluated == 0 ? null : (double) onPace / evaluated)
                  .setRankings(rankings.getOrDefault(code, List.of()))
                  .setEvaluatedAt(Instant.EPOCH)
                  .build());
        });
    return cards;
  }

  private record Entry(String region, ScorecardEntry progress) {}

  /** Indicators by code, each read once per recompute (a group ranks its indicators many times). */
  private static final class Indicators {
    private final ReferenceData reference;
    private final Map<String, Indicator> known = new HashMap<>();

    Indicators(final ReferenceData reference) {
      this.reference = reference;
    }

    /** The indicator, or null when the code is unknown. */
    Indicator get(final String code) {
      if (!known.containsKey(code)) {
        known.put(code, reference.indicator(code));
      }
      return known.get(code);
    }
  }

  private static Map<String, List<IndicatorRanking>> rank(
      final Map<String, List<ScorecardEntry>> byRegion,
      final String parent,
      final Indicators reference) {
    final Map<String, List<Entry>> byIndicatorAndKind = new TreeMap<>();
    byRegion.forEach(
        (code, progress) -> {
          final Map<String, Entry> firstPerGroup = new TreeMap<>();
          for (final ScorecardEntry p : progress) {
            if (p.ranked()) {
              firstPerGroup.putIfAbsent(
                  p.indicatorCode() + "|" + p.deviationKind(), new Entry(code, p));
            }
          }
          firstPerGroup.forEach(
              (group, entry) ->
                  byIndicatorAndKind.computeIfAbsent(group, g -> new ArrayList<>()).add(entry));
        });
    final Map<String, List<IndicatorRanking>> byRegionRankings = new TreeMap<>();
    byIndicatorAndKind.forEach(
        (group, entries) -> {
          entries.sort(Comparator.comparing((Entry e) -> e.progress().deviation()).reversed());
          // Sorted best first, so the regions strictly better than one are those before its run
          // of equal deviations: ties share a rank.
          int better = 0;
          for (int i = 0; i < entries.size(); i++) {
            final Entry e = entries.get(i);
            if (i > 0 && entries.get(i - 1).progress().deviation() > e.progress().deviation()) {
              better = i;
            }
            final String code = e.progress().indicatorCode();
            final Indicator indicator = reference.get(code);
            final IndicatorRanking ranking =
                IndicatorRanking.newBuilder()
                    .setIndicatorCode(code)
                    .setIndicatorNameZh(indicator == null ? code : indicator.nameZh())
                    .setIndicatorNameEn(indicator == null ? code : indicator.nameEn())
                    .setParentRegionCode(parent)
                    .setRank(better + 1)
                    .setRankedRegions(entries.size())
                    .setDeviationKind(e.progress().deviationKind())
                    .setDeviation(e.progress().deviation())
                    .setStatus(e.progress().status())
                    .build();
            byRegionRankings.computeIfAbsent(e.region(), r -> new ArrayList<>()).add(ranking);
          }
        });
    return byRegionRankings;
  }

  private static int compare(final Period a, final Period b) {
    return a.getYear() != b.getYear()
        ? Integer.compare(a.getYear(), b.getYear())
        : Integer.compare(a.getMonth(), b.getMonth());
  }
}
