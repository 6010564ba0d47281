package io.planwatch.streams.query;

import java.util.List;

/** One event of an alert's lifecycle; {@code open} tells whether the alert is open after it. */
record AlertView(
    String alertId,
    String targetId,
    int year,
    String type,
    String transition,
    boolean open,
    String severity,
    String statusBefore,
    String statusAfter,
    Double actual,
    Double expected,
    Double gap,
    String unit,
    PeriodView period,
    String textZh,
    String textEn,
    Label region,
    Label indicator,
    SourceView source,
    String releaseId,
    String observationPublishedAt,
    String raisedAt) {

  /**
   * Every transition of one alert, oldest first.
   *
   * @param year the year, or the milestone type of a milestone alert, as in the path
   * @param truncated older transitions were dropped to keep the history bounded
   */
  record History(String targetId, String year, List<AlertView> events, boolean truncated) {

    History {
      events = List.copyOf(events);
    }
  }
}
