package io.planwatch.producers.publish;

import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Observation;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.model.ProjectUpdate;
import io.planwatch.domain.model.Region;
import io.planwatch.producers.convert.IndicatorMapper;
import io.planwatch.producers.convert.ObservationMapper;
import io.planwatch.producers.convert.PlanTargetMapper;
import io.planwatch.producers.convert.ProjectUpdateMapper;
import io.planwatch.producers.convert.RegionMapper;
import io.planwatch.topics.Topics;
import java.util.ArrayList;
import java.util.List;

/**
 * Domain records as {@link Outgoing} records of the right topic with the key docs/architecture.md
 * documents: observations by {@code indicator|region|period|measure}, project updates by project
 * id, targets by id, regions and indicators by code.
 */
public final class Records {
  private Records() {}

  /** An observation for {@code stats.observations}. */
  public static Outgoing observation(Topics topics, Observation observation) {
    return Outgoing.of(
        topics.observations(), observation.key(), ObservationMapper.toAvro(observation));
  }

  /** Observations for {@code stats.observations}, in order. */
  public static List<Outgoing> observations(Topics topics, List<Observation> observations) {
    List<Outgoing> records = new ArrayList<>(observations.size());
    for (Observation observation : observations) {
      records.add(observation(topics, observation));
    }
    return records;
  }

  /** A project update for {@code projects.updates}. */
  public static Outgoing projectUpdate(Topics topics, ProjectUpdate update) {
    return Outgoing.of(
        topics.projectUpdates(),
        ProjectUpdateMapper.key(update),
        ProjectUpdateMapper.toAvro(update));
  }

  /** Project updates for {@code projects.updates}, in order. */
  public static List<Outgoing> projectUpdates(Topics topics, List<ProjectUpdate> updates) {
    return updates.stream().map(update -> projectUpdate(topics, update)).toList();
  }

  /** A region of the catalogue for {@code reference.regions}. */
  public static Outgoing region(Topics topics, Catalogue catalogue, Region region) {
    return Outgoing.of(
        topics.regions(),
        RegionMapper.key(region),
        RegionMapper.toAvro(region, catalogue.groups()));
  }

  /** An indicator for {@code reference.indicators}. */
  public static Outgoing indicator(Topics topics, Indicator indicator) {
    return Outgoing.of(
        topics.indicators(), IndicatorMapper.key(indicator), IndicatorMapper.toAvro(indicator));
  }

  /** A target of the catalogue for {@code plan.targets}, with its indicator's unit. */
  public static Outgoing target(Topics topics, Catalogue catalogue, PlanTarget target) {
    String unit =
        catalogue
            .indicator(target.indicatorCode())
            .map(Indicator::unit)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "target "
                            + target.id()
                            + " names unknown indicator "
                            + target.indicatorCode()));
    return Outgoing.of(
        topics.planTargets(), PlanTargetMapper.key(target), PlanTargetMapper.toAvro(target, unit));
  }

  /** The whole catalogue: regions, indicators, then targets, each in file order. */
  public static List<Outgoing> catalogue(Topics topics, Catalogue catalogue) {
    List<Outgoing> records = new ArrayList<>();
    catalogue.regions().values().forEach(r -> records.add(region(topics, catalogue, r)));
    catalogue.indicators().values().forEach(i -> records.add(indicator(topics, i)));
    catalogue.targets().values().forEach(t -> records.add(target(topics, catalogue, t)));
    return records;
  }
}
