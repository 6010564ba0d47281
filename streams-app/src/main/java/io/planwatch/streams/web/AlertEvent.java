package io.planwatch.streams.web;

import io.planwatch.avro.PaceAlert;
import java.time.ZoneId;

/**
 * One transition of an alert as the live feed sends it to the browser: what a feed row shows
 * (bilingual text, severity, state, region) and the keys to open the target. {@code id} is {@code
 * partition-offset} in {@code pace.alerts}, unique and stable across reconnects.
 */
record AlertEvent(
    String id,
    String alertId,
    String targetId,
    int year,
    String type,
    String transition,
    boolean open,
    String severity,
    String statusAfter,
    String regionCode,
    String regionNameZh,
    String regionNameEn,
    String indicatorCode,
    String indicatorNameZh,
    String indicatorNameEn,
    String textZh,
    String textEn,
    String raisedAt) {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  static AlertEvent of(final int partition, final long offset, final PaceAlert a) {
    return new AlertEvent(
        partition + "-" + offset,
        a.getAlertId(),
        a.getTargetId(),
        a.getYear(),
        a.getType().name(),
        a.getTransition().name(),
        switch (a.getTransition()) {
          case OPENED, ESCALATED, DOWNGRADED -> true;
          case RESOLVED, RETRACTED -> false;
        },
        a.getSeverity().name(),
        a.getStatusAfter() == null ? null : a.getStatusAfter().name(),
        a.getRegionCode(),
        a.getRegionNameZh(),
        a.getRegionNameEn(),
        a.getIndicatorCode(),
        a.getIndicatorNameZh(),
        a.getIndicatorNameEn(),
        a.getTextZh(),
        a.getTextEn(),
        a.getRaisedAt().atZone(SHANGHAI).toOffsetDateTime().toString());
  }
}
