package io.planwatch.streams.query;

import static io.planwatch.streams.query.ApiFormats.instant;
import static io.planwatch.streams.query.ApiFormats.name;
import static io.planwatch.streams.query.ApiFormats.period;

import io.planwatch.avro.AlertTransition;
import io.planwatch.avro.IndicatorDefinition;
import io.planwatch.avro.IndicatorProgress;
import io.planwatch.avro.IndicatorRanking;
import io.planwatch.avro.PaceAlert;
import io.planwatch.avro.PlanTarget;
import io.planwatch.avro.ProjectProgress;
import io.planwatch.avro.ProjectState;
import io.planwatch.avro.Region;
import io.planwatch.avro.RegionProjectTotals;
import io.planwatch.avro.RegionScorecard;
import java.util.List;
import java.util.Set;

/**
 * Turns the Avro records of the stores into the API's JSON views: enums as names, instants in
 * Asia/Shanghai, periods with their Chinese label, codes with their names.
 */
final class ViewMapper {

  /** Transitions after which an alert is open. */
  static final Set<AlertTransition> OPEN =
      Set.of(AlertTransition.OPENED, AlertTransition.ESCALATED, AlertTransition.DOWNGRADED);

  private final Labels labels;

  ViewMapper(final Labels labels) {
    this.labels = labels;
  }

  /** The progress, with the plan's words when the target is known ({@code target} may be null). */
  ProgressView progress(final IndicatorProgress p, final PlanTarget target) {
    return new ProgressView(
        p.getTargetId(),
        p.getYear(),
        labels.indicator(p.getIndicatorCode()),
        labels.region(p.getRegionCode()),
        target == null ? null : SourceView.of(target.getSource()),
        target == null ? null : summary(target),
        p.getStatus().name(),
        period(p.getLatestPeriod()),
        p.getUnit(),
        p.getActual(),
        p.getExpected(),
        p.getAnnualMilestone(),
        name(p.getDeviationKind()),
        p.getDeviation(),
        name(p.getSeasonalBasis()),
        new ProgressView.Outlook(
            p.getYearEndProjection(), p.getProjectedGap(), p.getPaceNeededRestOfYear()),
        p.getNotEvaluableReason(),
        p.getReleaseId(),
        p.getRevision(),
        instant(p.getObservationPublishedAt()),
        instant(p.getEvaluatedAt()));
  }

  /** The alert event; its names travel with it, so no lookup is needed. */
  AlertView alert(final PaceAlert a) {
    return new AlertView(
        a.getAlertId(),
        a.getTargetId(),
        a.getYear(),
        a.getType().name(),
        a.getTransition().name(),
        OPEN.contains(a.getTransition()),
        a.getSeverity().name(),
        name(a.getStatusBefore()),
        name(a.getStatusAfter()),
        a.getActual(),
        a.getExpected(),
        a.getGap(),
        a.getUnit(),
        period(a.getPeriod()),
        a.getTextZh(),
        a.getTextEn(),
        new Label(a.getRegionCode(), a.getRegionNameZh(), a.getRegionNameEn()),
        a.getIndicatorCode() == null
            ? null
            : new Label(a.getIndicatorCode(), a.getIndicatorNameZh(), a.getIndicatorNameEn()),
        SourceView.of(a.getSource()),
        a.getReleaseId(),
        instant(a.getObservationPublishedAt()),
        instant(a.getRaisedAt()));
  }

  ScorecardView scorecard(final RegionScorecard s) {
    return new ScorecardView(
        new Label(s.getRegionCode(), s.getRegionNameZh(), s.getRegionNameEn()),
        s.getYear(),
        period(s.getPeriod()),
        new ScorecardView.Counts(
            s.getAhead(), s.getOnTrack(), s.getBehind(), s.getCritical(), s.getNotEvaluable()),
        s.getShareOnTrack(),
        s.getRankings().stream()
            .map(
                r ->
                    new ScorecardView.IndicatorRank(
                        indicatorLabel(r),
                        r.getParentRegionCode(),
                        r.getRank(),
                        r.getRankedRegions(),
                        r.getDeviationKind().name(),
                        r.getDeviation(),
                        r.getStatus().name()))
            .toList(),
        instant(s.getEvaluatedAt()));
  }

  /** The place of the scorecard's region in {@code ranking}. */
  RankingView.Entry rankingEntry(final RegionScorecard s, final IndicatorRanking r) {
    return new RankingView.Entry(
        r.getRank(),
        r.getRankedRegions(),
        new Label(s.getRegionCode(), s.getRegionNameZh(), s.getRegionNameEn()),
        r.getDeviationKind().name(),
        r.getDeviation(),
        r.getStatus().name());
  }

  /** A per-project record ({@code project} set). */
  ProjectView project(final ProjectProgress p) {
    final ProjectState s = p.getProject();
    return new ProjectView(
        s.getProjectId(),
        s.getName(),
        labels.region(p.getRegionCode()),
        p.getYear(),
        s.getStatus().name(),
        name(s.getSizeClass()),
        s.getInvestmentCompletedYtd(),
        s.getPlannedAnnualInvestment(),
        s.getOverdueMilestones().stream().map(Enum::name).toList(),
        ApiFormats.date(s.getLastReportDate()),
        s.getLastUpdateId(),
        instant(p.getEvaluatedAt()));
  }

  RegionProjectsView.Totals totals(final RegionProjectTotals t) {
    return new RegionProjectsView.Totals(
        t.getProjects(),
        t.getStarted(),
        t.getStartedPlan(),
        t.getCompleted(),
        t.getCompletedPlan(),
        t.getInvestmentCompletedYtd(),
        t.getInvestmentAnnualPlan(),
        t.getOverdueMilestones());
  }

  RegionView region(final Region r, final List<String> children) {
    return new RegionView(
        r.getCode(),
        r.getNameZh(),
        r.getNameEn(),
        r.getKind().name(),
        r.getParentCode(),
        r.getRollsUp(),
        children,
        r.getGroups().stream()
            .map(g -> new RegionView.Group(g.getCode(), g.getNameZh(), g.getNameEn()))
            .toList());
  }

  IndicatorView indicator(final IndicatorDefinition d) {
    return new IndicatorView(
        d.getCode(),
        d.getNameZh(),
        d.getNameEn(),
        d.getUnit(),
        d.getMeasure().name(),
        d.getFrequency().name(),
        d.getPriceBasis().name(),
        d.getDirection().name(),
        d.getAdditive(),
        d.getBands() == null
            ? null
            : new IndicatorView.BandsView(
                d.getBands().getAhead(), d.getBands().getOnTrack(), d.getBands().getBehind()));
  }

  TargetView target(final PlanTarget t) {
    return new TargetView(
        t.getId(),
        labels.indicator(t.getIndicatorCode()),
        labels.region(t.getRegionCode()),
        t.getKind().name(),
        t.getComparator().name(),
        t.getValue(),
        t.getUnit(),
        t.getBaseValue(),
        t.getBaseYear(),
        t.getTargetYear(),
        t.getAttribute().name(),
        t.getSoft(),
        SourceView.of(t.getSource()),
        t.getNote());
  }

  private static ProgressView.TargetSummary summary(final PlanTarget t) {
    return new ProgressView.TargetSummary(
        t.getKind().name(),
        t.getComparator().name(),
        t.getValue(),
        t.getUnit(),
        t.getTargetYear(),
        t.getAttribute().name(),
        t.getSoft());
  }

  private static Label indicatorLabel(final IndicatorRanking r) {
    return new Label(r.getIndicatorCode(), r.getIndicatorNameZh(), r.getIndicatorNameEn());
  }
}
