package io.planwatch.domain.alert;

import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Period;

/**
 * Periods in the bureaus' notation. Year to date: 1-6月 (January alone 1月), or for quarterly figures
 * 一季度, 上半年, 前三季度, 全年. At a point in time: 6月, or 二季度.
 */
final class PeriodText {
  private static final String[] MONTHS_EN = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };
  private static final String[] QUARTERS_ZH = {"一季度", "二季度", "三季度", "四季度"};
  private static final String[] QUARTERS_YTD_ZH = {"一季度", "上半年", "前三季度", "全年"};
  private static final String[] QUARTERS_YTD_EN = {"Q1", "H1", "Q1–Q3", "full year"};

  private PeriodText() {}

  static String ytdZh(Period p, Frequency f) {
    return quarterly(p, f) ? QUARTERS_YTD_ZH[p.month() / 3 - 1] : p.chineseYtd();
  }

  static String ytdEn(Period p, Frequency f) {
    if (quarterly(p, f)) {
      return QUARTERS_YTD_EN[p.month() / 3 - 1];
    }
    return p.month() == 1 ? "Jan" : "Jan–" + MONTHS_EN[p.month() - 1];
  }

  static String pointZh(Period p, Frequency f) {
    return quarterly(p, f) ? QUARTERS_ZH[p.month() / 3 - 1] : p.month() + "月";
  }

  static String pointEn(Period p, Frequency f) {
    return quarterly(p, f) ? "Q" + p.month() / 3 : MONTHS_EN[p.month() - 1];
  }

  private static boolean quarterly(Period p, Frequency f) {
    return f == Frequency.QUARTERLY && p.month() % 3 == 0;
  }
}
