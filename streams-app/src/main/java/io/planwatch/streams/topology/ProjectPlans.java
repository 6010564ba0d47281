package io.planwatch.streams.topology;

import io.planwatch.avro.PlanTarget;
import io.planwatch.domain.pace.MilestoneResolver;
import io.planwatch.domain.pace.MilestoneResult;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The plan's count of projects to start in a region and year, from the catalogue's project-count
 * targets: e.g. Hunnan's 800 projects of 1亿元 or more landed in 2021–2025 (indicator {@code
 * projects_landed_over_100m}, a cumulative total) is 160 a year, unless an annual plan says
 * otherwise. The catalogue has no count of projects to complete, so that plan stays empty.
 */
final class ProjectPlans {
  /** Indicators whose targets count projects started (落地, every size class of 1亿元 or more). */
  static final Set<String> STARTED_INDICATORS = Set.of("projects_landed_over_100m");

  private ProjectPlans() {}

  /** Whether a target change keyed {@code indicator|region|targetId} is a project-count target. */
  static boolean isStartedCount(final String seriesKey) {
    return STARTED_INDICATORS.contains(KeyPrefixPartitioner.prefix(seriesKey, 1));
  }

  /** {@code indicator|region|targetId} → {@code region|targetId}. */
  static String regionKey(final String seriesKey) {
    return seriesKey.substring(seriesKey.indexOf('|') + 1);
  }

  /** The number of projects the plan expects to start in {@code year}, or null if none says. */
  static Integer startedQuota(final Collection<PlanTarget> targets, final int year) {
    final List<io.planwatch.domain.model.PlanTarget> all =
        targets.stream().map(DomainViews::target).toList();
    for (final io.planwatch.domain.model.PlanTarget target : all) {
      final MilestoneResult quota = MilestoneResolver.resolve(target, all, year);
      if (quota.isResolved()) {
        return (int) Math.round(quota.value());
      }
    }
    return null;
  }
}
