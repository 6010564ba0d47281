package io.planwatch.domain.alert;

import io.planwatch.domain.model.AlertSeverity;
import io.planwatch.domain.model.AlertTransition;
import io.planwatch.domain.model.PaceStatus;
import io.planwatch.domain.pace.DeviationKind;
import io.planwatch.domain.pace.Evaluation;
import io.planwatch.domain.pace.TrackedMeasure;
import java.util.Locale;
import java.util.Map;

/**
 * Bilingual alert texts with the numbers (docs/architecture.md, Alerts). A lead names the
 * transition, status and severity; the body says region, indicator, period, figure and gap in the
 * right unit:
 *
 * <pre>
 * 【预警｜严重滞后｜高】沈阳市 规模以上工业增加值 1-6月累计增长5.1%，低于年度目标12%（差6.9个百分点）
 * [Opened | critical | high] Shenyang, industrial value added above designated size, Jan–Jun YTD
 * growth 5.1 %, 6.9 pp below the annual target of 12 %
 * </pre>
 *
 * Growth and rates: the gap in 个百分点 / pp against the annual target. Levels: the gap in the
 * indicator's unit against the expected position (序时进度) and the share of the annual milestone
 * reached (完成年度目标的 x%). Breach texts add what the rest of the year needs when known.
 */
public final class AlertTextFormatter {
  /** Chinese and English name of each transition, for the lead. */
  private static final Map<AlertTransition, String[]> LEADS =
      Map.of(
          AlertTransition.OPENED, new String[] {"预警", "Opened"},
          AlertTransition.ESCALATED, new String[] {"预警升级", "Escalated"},
          AlertTransition.DOWNGRADED, new String[] {"预警降级", "Downgraded"},
          AlertTransition.RESOLVED, new String[] {"预警解除", "Resolved"},
          AlertTransition.RETRACTED, new String[] {"预警撤回", "Retracted"});

  private AlertTextFormatter() {}

  public static AlertText format(AlertTransition transition, Evaluation e, AlertState state) {
    Body body = body(e);
    String zh = leadZh(transition, e.status(), state.severity()) + body.zh;
    String en = leadEn(transition, e.status(), state.severity()) + body.en;
    switch (transition) {
      case OPENED, ESCALATED, DOWNGRADED -> {
        Body rest = restOfYear(e);
        zh += rest.zh;
        en += rest.en;
      }
      case RESOLVED -> {
        zh += "，已回到序时进度";
        en += "; back on pace";
      }
      case RETRACTED -> {
        zh += "，经数据修订不再构成滞后";
        en += "; after the revision it is no longer behind";
      }
    }
    return new AlertText(zh, en);
  }

  private record Body(String zh, String en) {}

  private static Body body(Evaluation e) {
    String regionZh = e.region() != null ? e.region().nameZh() : e.target().regionCode();
    String regionEn = e.region() != null ? e.region().nameEn() : e.target().regionCode();
    Body figure = figure(e);
    Body comparison;
    if (e.status() == PaceStatus.NOT_EVALUABLE) {
      comparison =
          new Body("，无法评估：" + e.reason().messageZh(), ", not evaluable: " + e.reason().messageEn());
    } else if (e.deviationKind() == DeviationKind.GAP_PP) {
      comparison = gapComparison(e);
    } else {
      comparison = levelComparison(e);
    }
    return new Body(
        regionZh + " " + e.indicator().nameZh() + " " + figure.zh + comparison.zh,
        regionEn + ", " + e.indicator().nameEn() + ", " + figure.en + comparison.en);
  }

  private static Body figure(Evaluation e) {
    double x = e.actual();
    String unit = e.indicator().unit();
    return switch (e.trackedMeasure()) {
      case YTD_GROWTH ->
          x >= 0
              ? new Body(
                  ytdZh(e) + "累计增长" + NumberText.pct(x) + "%",
                  ytdEn(e) + " YTD growth " + NumberText.pct(x) + " %")
              : new Body(
                  ytdZh(e) + "累计下降" + NumberText.pct(-x) + "%",
                  ytdEn(e) + " YTD decline " + NumberText.pct(-x) + " %");
      case RATE ->
          new Body(
              pointZh(e) + "为" + NumberText.levelZh(x, unit),
              pointEn(e) + ": " + NumberText.levelEn(x, unit));
      case YTD_LEVEL, CUMULATIVE_COUNT ->
          new Body(
              ytdZh(e) + "累计" + NumberText.levelZh(x, unit),
              ytdEn(e) + " YTD " + NumberText.levelEn(x, unit));
      case STOCK ->
          new Body(
              pointZh(e) + "末" + NumberText.levelZh(x, unit),
              "end of " + pointEn(e) + ": " + NumberText.levelEn(x, unit));
    };
  }

  private static Body gapComparison(Evaluation e) {
    double target = e.expected();
    double diff = e.actual() - target;
    boolean percent =
        "%".equals(e.indicator().unit()) || e.trackedMeasure() == TrackedMeasure.YTD_GROWTH;
    String unitZh = percent ? "%" : e.indicator().unit();
    String targetEn =
        percent ? NumberText.pct(target) + " %" : NumberText.levelEn(target, e.indicator().unit());
    String gapZh =
        percent
            ? NumberText.pct(Math.abs(diff)) + "个百分点"
            : NumberText.levelZh(Math.abs(diff), unitZh);
    String gapEn =
        percent
            ? NumberText.pct(Math.abs(diff)) + " pp"
            : NumberText.levelEn(Math.abs(diff), e.indicator().unit());
    if (NumberText.pct(diff).equals("0")) {
      return new Body(
          "，与年度目标" + NumberText.pct(target) + unitZh + "持平",
          ", level with the annual target of " + targetEn);
    }
    String wordZh = diff < 0 ? "低于" : "高于";
    String wordEn = diff < 0 ? "below" : "above";
    return new Body(
        "，" + wordZh + "年度目标" + NumberText.pct(target) + unitZh + "（差" + gapZh + "）",
        ", " + gapEn + " " + wordEn + " the annual target of " + targetEn);
  }

  private static Body levelComparison(Evaluation e) {
    String unit = e.indicator().unit();
    double expected = e.expected();
    double diff = e.actual() - expected;
    String wordZh = diff < 0 ? "低于" : "高于";
    String wordEn = diff < 0 ? "below" : "above";
    String zh =
        "，"
            + wordZh
            + "序时进度"
            + NumberText.levelZh(expected, unit)
            + "（差"
            + NumberText.levelZh(Math.abs(diff), unit);
    String en =
        ", "
            + NumberText.levelEn(Math.abs(diff), unit)
            + " "
            + wordEn
            + " the expected "
            + NumberText.levelEn(expected, unit);
    Double milestone = e.milestoneValue();
    double ofPlan = milestone == null ? Double.NaN : 100.0 * e.actual() / milestone;
    if (milestone != null && milestone > 0 && Double.isFinite(ofPlan)) {
      zh += "，完成年度目标" + NumberText.levelZh(milestone, unit) + "的" + NumberText.pct(ofPlan) + "%";
      en +=
          " ("
              + NumberText.pct(ofPlan)
              + " % of the annual milestone of "
              + NumberText.levelEn(milestone, unit)
              + ")";
    }
    return new Body(zh + "）", en);
  }

  private static Body restOfYear(Evaluation e) {
    Double milestone = e.milestoneValue();
    if (e.period().month() == 12 || milestone == null) {
      return new Body("", "");
    }
    String unit = e.indicator().unit();
    return switch (e.trackedMeasure()) {
      case YTD_GROWTH -> {
        Double rest = e.outlook().restOfYearPace();
        yield rest == null
            ? new Body("", "")
            : new Body(
                "，其余月份需增长" + NumberText.pct(rest) + "%方能完成年度目标",
                "; the remaining months need " + signed(rest) + " % to reach the annual target");
      }
      case YTD_LEVEL, CUMULATIVE_COUNT, STOCK -> {
        double remaining = milestone - e.actual();
        yield remaining > 0 && e.higherIsBetter()
            ? new Body(
                "，其余月份需完成" + NumberText.levelZh(remaining, unit),
                "; the remaining months need " + NumberText.levelEn(remaining, unit))
            : new Body("", "");
      }
      case RATE -> new Body("", "");
    };
  }

  private static String signed(double value) {
    return (value >= 0 ? "+" : "") + NumberText.pct(value);
  }

  private static String leadZh(AlertTransition t, PaceStatus status, AlertSeverity severity) {
    return "【" + LEADS.get(t)[0] + "｜" + statusZh(status) + "｜" + severityZh(severity) + "】";
  }

  private static String leadEn(AlertTransition t, PaceStatus status, AlertSeverity severity) {
    return "["
        + LEADS.get(t)[1]
        + " | "
        + status.name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + " | "
        + severity.name().toLowerCase(Locale.ROOT)
        + "] ";
  }

  private static String statusZh(PaceStatus status) {
    return switch (status) {
      case AHEAD -> "超前";
      case ON_TRACK -> "符合进度";
      case BEHIND -> "滞后";
      case CRITICAL -> "严重滞后";
      case NOT_EVALUABLE -> "无法评估";
    };
  }

  private static String severityZh(AlertSeverity severity) {
    return switch (severity) {
      case LOW -> "低";
      case MEDIUM -> "中";
      case HIGH -> "高";
      case CRITICAL -> "严重";
    };
  }

  private static String ytdZh(Evaluation e) {
    return PeriodText.ytdZh(e.period(), e.frequency());
  }

  private static String ytdEn(Evaluation e) {
    return PeriodText.ytdEn(e.period(), e.frequency());
  }

  private static String pointZh(Evaluation e) {
    return PeriodText.pointZh(e.period(), e.frequency());
  }

  private static String pointEn(Evaluation e) {
    return PeriodText.pointEn(e.period(), e.frequency());
  }
}
