package io.planwatch.domain.alert;

import static io.planwatch.domain.alert.AlertFixtures.industry;
import static org.assertj.core.api.Assertions.assertThat;

import io.planwatch.domain.model.AlertTransition;
import io.planwatch.domain.model.Frequency;
import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.Period;
import io.planwatch.domain.pace.Evaluation;
import io.planwatch.domain.pace.LatestFigure;
import io.planwatch.domain.pace.PaceEngine;
import io.planwatch.domain.pace.PaceInput;
import org.junit.jupiter.api.Test;

class AlertTextFormatterTest {

  @Test
  void shouldWriteTheShenyangIndustryAlertAsTheDesignSaysItInBothLanguages() {
    AlertEvent opened = AlertStateMachine.next(null, industry(6, 5.1), false).orElseThrow();

    assertThat(opened.text().zh())
        .isEqualTo("【预警｜严重滞后｜高】沈阳市 规模以上工业增加值 1-6月累计增长5.1%，低于年度目标12%（差6.9个百分点）");
    assertThat(opened.text().en())
        .isEqualTo(
            "[Opened | critical | high] Shenyang, industrial value added above designated size,"
                + " Jan–Jun YTD growth 5.1 %, 6.9 pp below the annual target of 12 %");
  }

  @Test
  void shouldAddTheRestOfYearGrowthWhenLastYearIsKnown() {
    Evaluation e =
        PaceEngine.evaluate(
            PaceInput.of(
                    AlertFixtures.INDUSTRY_2022,
                    AlertFixtures.INDUSTRY,
                    LatestFigure.monthly(new Period(2022, 6), Measure.YTD_GROWTH, 5.1))
                .withRegion(AlertFixtures.SHENYANG)
                .withLastYear(
                    new io.planwatch.domain.pace.LastYearProfile(
                        java.util.Map.of(6, 450.0), 1000.0, null)));

    AlertEvent opened = AlertStateMachine.next(null, e, false).orElseThrow();

    assertThat(opened.text().zh()).endsWith("，其余月份需增长17.6%方能完成年度目标");
    assertThat(opened.text().en())
        .endsWith("; the remaining months need +17.6 % to reach the annual target");
  }

  @Test
  void shouldWriteJanuaryFebruaryAndQuartersInTheBureausNotation() {
    assertThat(PeriodText.ytdZh(new Period(2022, 2), Frequency.MONTHLY)).isEqualTo("1-2月");
    assertThat(PeriodText.ytdEn(new Period(2022, 2), Frequency.MONTHLY)).isEqualTo("Jan–Feb");
    assertThat(PeriodText.ytdZh(new Period(2022, 1), Frequency.MONTHLY)).isEqualTo("1月");
    assertThat(PeriodText.ytdZh(new Period(2022, 3), Frequency.QUARTERLY)).isEqualTo("一季度");
    assertThat(PeriodText.ytdZh(new Period(2022, 6), Frequency.QUARTERLY)).isEqualTo("上半年");
    assertThat(PeriodText.ytdZh(new Period(2022, 9), Frequency.QUARTERLY)).isEqualTo("前三季度");
    assertThat(PeriodText.ytdEn(new Period(2022, 9), Frequency.QUARTERLY)).isEqualTo("Q1–Q3");
    assertThat(PeriodText.pointZh(new Period(2022, 6), Frequency.QUARTERLY)).isEqualTo("二季度");
    assertThat(PeriodText.pointZh(new Period(2022, 6), Frequency.MONTHLY)).isEqualTo("6月");
  }

  @Test
  void shouldStateALevelGapInTheIndicatorUnitAndAsAShareOfThePlan() {
    // Hunnan GDP, 1-6月 320 亿元 against 360.3 expected (linear share of 720.5)
    Evaluation e =
        AlertFixtures.evaluate(
            AlertFixtures.HUNNAN_GDP_2025,
            AlertFixtures.GDP,
            AlertFixtures.HUNNAN,
            6,
            Measure.YTD_LEVEL,
            320);

    AlertEvent opened = AlertStateMachine.next(null, e, false).orElseThrow();

    assertThat(opened.text().zh())
        .isEqualTo(
            "【预警｜严重滞后｜高】浑南区 地区生产总值 1-6月累计320亿元，低于序时进度360.3亿元"
                + "（差40.3亿元，完成年度目标720.5亿元的44.4%），其余月份需完成400.5亿元");
    assertThat(opened.text().en())
        .isEqualTo(
            "[Opened | critical | high] Hunnan District, GDP, Jan–Jun YTD 32 bn yuan,"
                + " 4.03 bn yuan below the expected 36 bn yuan (44.4 % of the"
                + " annual milestone of 72.1 bn yuan); the remaining months need 40.1 bn yuan");
  }

  @Test
  void shouldWriteAStockAtPeriodEnd() {
    Evaluation e =
        AlertFixtures.evaluate(
            AlertFixtures.HUNNAN_HIGH_TECH_2025,
            AlertFixtures.HIGH_TECH,
            AlertFixtures.HUNNAN,
            6,
            Measure.PERIOD_LEVEL,
            1000);

    AlertEvent opened = AlertStateMachine.next(null, e, false).orElseThrow();

    assertThat(opened.text().zh()).contains("浑南区 高新技术企业 6月末1000家，低于序时进度1044.7家（差44.7家");
    assertThat(opened.text().en())
        .contains(
            "Hunnan District, high-tech enterprises, end of Jun: 1000, 44.7 below the expected 1044.7");
  }

  @Test
  void shouldWriteALowerIsBetterRateAboveItsBound() {
    Evaluation e =
        AlertFixtures.evaluate(
            AlertFixtures.UNEMPLOYMENT_2022,
            AlertFixtures.UNEMPLOYMENT,
            AlertFixtures.SHENYANG,
            6,
            Measure.RATE,
            4.3);

    AlertEvent opened = AlertStateMachine.next(null, e, false).orElseThrow();

    assertThat(opened.text().zh()).isEqualTo("【预警｜滞后｜低】沈阳市 城镇登记失业率 6月为4.3%，高于年度目标3.7%（差0.6个百分点）");
    assertThat(opened.text().en())
        .isEqualTo(
            "[Opened | behind | low] Shenyang, urban registered unemployment rate, Jun: 4.3 %,"
                + " 0.6 pp above the annual target of 3.7 %");
  }

  @Test
  void shouldWriteEscalationResolutionAndRetraction() {
    AlertState opened =
        AlertStateMachine.next(null, industry(3, 10.8), false).orElseThrow().state();
    AlertEvent escalated = AlertStateMachine.next(opened, industry(4, 9.0), false).orElseThrow();
    AlertEvent resolved =
        AlertStateMachine.next(escalated.state(), industry(5, 12.4), false).orElseThrow();
    AlertState reopened =
        AlertStateMachine.next(resolved.state(), industry(6, 10.0), false).orElseThrow().state();
    AlertEvent retracted = AlertStateMachine.next(reopened, industry(6, 12.0), true).orElseThrow();

    assertThat(escalated.text().zh()).startsWith("【预警升级｜严重滞后｜中】沈阳市 规模以上工业增加值 1-4月累计增长9%");
    assertThat(escalated.text().en()).startsWith("[Escalated | critical | medium] Shenyang");
    assertThat(resolved.text().zh())
        .isEqualTo("【预警解除｜符合进度｜低】沈阳市 规模以上工业增加值 1-5月累计增长12.4%，高于年度目标12%（差0.4个百分点），已回到序时进度");
    assertThat(resolved.text().en())
        .endsWith("0.4 pp above the annual target of 12 %; back on pace");
    assertThat(retracted.transition()).isEqualTo(AlertTransition.RETRACTED);
    assertThat(retracted.text().zh()).contains("与年度目标12%持平", "经数据修订不再构成滞后");
    assertThat(retracted.text().en())
        .contains(
            "level with the annual target of 12 %", "after the revision it is no longer behind");
  }

  @Test
  void shouldWriteADeclineForANegativeGrowth() {
    AlertEvent opened = AlertStateMachine.next(null, industry(2, -3.2), false).orElseThrow();

    assertThat(opened.text().zh()).contains("1-2月累计下降3.2%，低于年度目标12%（差15.2个百分点）");
    assertThat(opened.text().en()).contains("Jan–Feb YTD decline 3.2 %, 15.2 pp below");
  }

  @Test
  void shouldNameAQuarterlyFigureByItsQuarter() {
    Evaluation e =
        PaceEngine.evaluate(
            PaceInput.of(
                    AlertFixtures.HUNNAN_GDP_2025,
                    AlertFixtures.GDP,
                    new LatestFigure(
                        Period.ofQuarter(2022, 1), Measure.YTD_LEVEL, 150, Frequency.QUARTERLY))
                .withRegion(AlertFixtures.HUNNAN));

    AlertEvent opened = AlertStateMachine.next(null, e, false).orElseThrow();

    assertThat(opened.text().zh()).contains("浑南区 地区生产总值 一季度累计150亿元，低于序时进度180.1亿元");
    assertThat(opened.text().en()).contains("Hunnan District, GDP, Q1 YTD 15 bn yuan");
  }
}
