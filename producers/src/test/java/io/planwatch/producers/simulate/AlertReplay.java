package io.planwatch.producers.simulate;

import io.planwatch.domain.alert.AlertEvent;
import io.planwatch.domain.alert.AlertState;
import io.planwatch.domain.alert.AlertStateMachine;
import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.domain.model.Indicator;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.Observation;
import io.planwatch.domain.model.PlanTarget;
import io.planwatch.domain.pace.Evaluation;
import io.planwatch.domain.pace.LastYearProfile;
import io.planwatch.domain.pace.LatestFigure;
import io.planwatch.domain.pace.PaceEngine;
import io.planwatch.domain.pace.PaceInput;
import io.planwatch.domain.pace.TrackedMeasure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A small pace monitor in memory, as the streams app works: the latest revision of each figure
 * wins, the latest period of the year is evaluated against every target tracking it, with last
 * year's figures as the seasonal profile, and alert events come from the real state machine.
 */
final class AlertReplay {
  private final Catalogue catalogue;
  private final Map<String, TreeMap<Integer, Observation>> figures = new HashMap<>();
  private final Map<String, AlertState> alerts = new HashMap<>();
  private final List<AlertEvent> events = new ArrayList<>();

  AlertReplay(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Feeds one batch; returns the alert events it caused. */
  List<AlertEvent> accept(SimulationBatch batch) {
    List<AlertEvent> caused = new ArrayList<>();
    for (Observation o : batch.observations()) {
      TreeMap<Integer, Observation> year =
          figures.computeIfAbsent(series(o, o.period().year()), k -> new TreeMap<>());
      Observation known = year.get(o.period().month());
      if (known != null && known.revision() >= o.revision()) {
        continue;
      }
      year.put(o.period().month(), o);
      if (year.lastKey() != o.period().month()) {
        continue;
      }
      for (PlanTarget target : catalogue.targetsFor(o.indicatorCode(), o.regionCode())) {
        Indicator indicator = catalogue.indicator(o.indicatorCode()).orElseThrow();
        if (TrackedMeasure.of(target, indicator).observationMeasure() != o.measure()) {
          continue;
        }
        Evaluation evaluation =
            PaceEngine.evaluate(
                PaceInput.of(target, indicator, LatestFigure.of(o))
                    .withTargets(catalogue.targetsFor(o.indicatorCode(), o.regionCode()))
                    .withRegion(catalogue.region(o.regionCode()).orElseThrow())
                    .withLastYear(lastYear(o, indicator)));
        String key = evaluation.key();
        Optional<AlertEvent> event =
            AlertStateMachine.next(alerts.get(key), evaluation, o.revision() > 0);
        event.ifPresent(
            e -> {
              alerts.put(key, e.state());
              caused.add(e);
            });
      }
    }
    events.addAll(caused);
    return caused;
  }

  List<AlertEvent> events() {
    return events;
  }

  private LastYearProfile lastYear(Observation o, Indicator indicator) {
    TreeMap<Integer, Observation> last =
        figures.get(
            o.indicatorCode()
                + "|"
                + o.regionCode()
                + "|"
                + indicator.measure()
                + "|"
                + (o.period().year() - 1));
    if (last == null || !last.containsKey(12)) {
      return LastYearProfile.none();
    }
    double december = last.get(12).value();
    if (indicator.measure() == Measure.PERIOD_LEVEL) {
      return LastYearProfile.stock(december);
    }
    Map<Integer, Double> ytd = new TreeMap<>();
    last.forEach((month, figure) -> ytd.put(month, figure.value()));
    return new LastYearProfile(ytd, december, null);
  }

  private static String series(Observation o, int year) {
    return o.indicatorCode() + "|" + o.regionCode() + "|" + o.measure() + "|" + year;
  }
}
