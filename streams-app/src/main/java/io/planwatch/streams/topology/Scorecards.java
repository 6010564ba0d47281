package io.planwatch.streams.topology;

import io.planwatch.avro.DeviationKind;
import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.IndicatorRanking;
import io.planwatch.avro.PaceStatus;
import io.planwatch.avro.Period;
import io.planwatch.avro.RegionScorecard;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Region;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
   */
  static Map<String, RegionScorecard> of(
      final Map<String, List<IndicatorProgress>> byRegion,
      final String parent,
      final int year,
      final ReferenceData reference,
      final Instant now) {
    final Map<String, List<Ranked>> rankings = rank(byRegion, parent, reference);
    final Map<String, RegionScorecard> cards = new TreeMap<>();
    byRegion.forEach(
        (code, progress) -> {
          final Region region = reference.region(code);
          final int[] counts = new int[PaceStatus.values().length];
          Period latest = null;
          for (final IndicatorProgress p : progress) {
            counts[p.getStatus().ordinal()]++;
            if (p.getLatestPeriod() != null
                && (latest == null || compare(p.getLatestPeriod(), latest) > 0)) {
              latest = p.getLatestPeriod();
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
                  .setRankings(
                      rankings.getOrDefault(code, List.of()).stream().map(Ranked::ranking).toList())
                  .setEvaluatedAt(now)
                  .build());
        });
    return cards;
  }

  /** Whether two scorecards say the same, whenever they were computed. */
  static boolean sameContent(final RegionScorecard a, final RegionScorecard b) {
    return a != null
        && b != null
        && RegionScorecard.newBuilder(a).setEvaluatedAt(b.getEvaluatedAt()).build().equals(b);
  }

  private record Ranked(String region, IndicatorRanking ranking) {}

  private record Entry(String region, IndicatorProgress progress) {}

  private static Map<String, List<Ranked>> rank(
      final Map<String, List<IndicatorProgress>> byRegion,
      final String parent,
      final ReferenceData reference) {
    final Map<String, List<Entry>> byIndicatorAndKind = new TreeMap<>();
    byRegion.forEach(
        (code, progress) -> {
          final Map<String, Entry> firstPerGroup = new TreeMap<>();
          for (final IndicatorProgress p : progress) {
            if (p.getStatus() != PaceStatus.NOT_EVALUABLE
                && p.getDeviation() != null
                && p.getDeviationKind() != null) {
              firstPerGroup.putIfAbsent(
                  p.getIndicatorCode() + "|" + p.getDeviationKind(), new Entry(code, p));
            }
          }
          firstPerGroup.forEach(
              (group, entry) ->
                  byIndicatorAndKind.computeIfAbsent(group, g -> new ArrayList<>()).add(entry));
        });
    final Map<String, List<Ranked>> byRegionRankings = new TreeMap<>();
    byIndicatorAndKind.forEach(
        (group, entries) -> {
          entries.sort(Comparator.comparing((Entry e) -> e.progress().getDeviation()).reversed());
          for (final Entry e : entries) {
            final long better =
                entries.stream()
                    .filter(o -> o.progress().getDeviation() > e.progress().getDeviation())
                    .count();
            final Indicator indicator = reference.indicator(e.progress().getIndicatorCode());
            final IndicatorRanking ranking =
                IndicatorRanking.newBuilder()
                    .setIndicatorCode(e.progress().getIndicatorCode())
                    .setIndicatorNameZh(
                        indicator == null ? e.progress().getIndicatorCode() : indicator.nameZh())
                    .setIndicatorNameEn(
                        indicator == null ? e.progress().getIndicatorCode() : indicator.nameEn())
                    .setParentRegionCode(parent)
                    .setRank((int) better + 1)
                    .setRankedRegions(entries.size())
                    .setDeviationKind(DeviationKind.valueOf(e.progress().getDeviationKind().name()))
                    .setDeviation(e.progress().getDeviation())
                    .setStatus(e.progress().getStatus())
                    .build();
            byRegionRankings
                .computeIfAbsent(e.region(), r -> new ArrayList<>())
                .add(new Ranked(e.region(), ranking));
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
