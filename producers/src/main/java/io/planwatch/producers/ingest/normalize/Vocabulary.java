package io.planwatch.producers.ingest.normalize;

import io.planwatch.domain.model.Measure;
import io.planwatch.domain.model.MilestoneType;
import io.planwatch.domain.model.ObservationStatus;
import io.planwatch.domain.model.PriceBasis;
import io.planwatch.domain.model.ProjectStatus;
import java.util.List;
import java.util.Map;

/** The words bureaus and project offices use for measures, statuses and price bases. */
public final class Vocabulary {
  /** 累计值/累计增长/期末值/比率 ↔ YTD_LEVEL/YTD_GROWTH/PERIOD_LEVEL/RATE. */
  public static final Terms<Measure> MEASURES =
      Terms.of(
          Measure.class,
          Problem.UNKNOWN_MEASURE,
          Map.of(
              Measure.YTD_LEVEL, List.of("累计值", "累计", "累计数", "本年累计", "ytd level", "ytd"),
              Measure.YTD_GROWTH,
                  List.of("累计增长", "累计增速", "累计同比增长", "同比增长", "增速", "增长", "ytd growth", "growth"),
              Measure.PERIOD_LEVEL, List.of("期末值", "期末数", "期末", "期末余额", "end of period", "stock"),
              Measure.RATE, List.of("比率", "比重", "占比", "率", "rate", "ratio", "share")));

  /** 初步/最终/修订 ↔ P/A/R (SDMX OBS_STATUS). */
  public static final Terms<ObservationStatus> STATUSES =
      Terms.of(
          ObservationStatus.class,
          Problem.UNKNOWN_STATUS,
          Map.of(
              ObservationStatus.PROVISIONAL, List.of("初步", "初步核算", "快报", "P", "provisional"),
              ObservationStatus.FINAL, List.of("最终", "最终核实", "正式", "A", "final", "normal"),
              ObservationStatus.REVISED, List.of("修订", "修正", "R", "revised")));

  /** 现价/可比价 ↔ CURRENT/COMPARABLE. */
  public static final Terms<PriceBasis> PRICE_BASES =
      Terms.of(
          PriceBasis.class,
          Problem.UNKNOWN_PRICE_BASIS,
          Map.of(
              PriceBasis.CURRENT, List.of("现价", "当年价", "当年价格", "nominal", "current prices"),
              PriceBasis.COMPARABLE, List.of("可比价", "可比价格", "不变价", "real", "comparable prices"),
              PriceBasis.NOT_APPLICABLE, List.of("不适用", "n/a")));

  /** 前期/立项/签约/开工/竣工/投产… ↔ ProjectStatus. */
  public static final Terms<ProjectStatus> PROJECT_STATUSES =
      Terms.of(
          ProjectStatus.class,
          Problem.UNKNOWN_STATUS,
          Map.of(
              ProjectStatus.PLANNED, List.of("计划", "储备", "谋划"),
              ProjectStatus.PREPARATION, List.of("前期", "前期工作", "preparing"),
              ProjectStatus.APPROVED, List.of("立项", "已立项"),
              ProjectStatus.SIGNED, List.of("签约", "已签约"),
              ProjectStatus.STARTED, List.of("开工", "已开工", "在建", "under construction"),
              ProjectStatus.COMPLETED, List.of("竣工", "已竣工"),
              ProjectStatus.IN_OPERATION, List.of("投产", "已投产", "运营", "operating", "in operation"),
              ProjectStatus.SUSPENDED, List.of("暂停", "停工", "缓建"),
              ProjectStatus.CANCELLED, List.of("取消", "终止", "canceled")));

  /** 前期/立项/签约/开工/竣工/投产 ↔ MilestoneType (JSON lines milestone entries). */
  public static final Terms<MilestoneType> MILESTONES =
      Terms.of(
          MilestoneType.class,
          Problem.UNKNOWN_MILESTONE,
          Map.of(
              MilestoneType.PREPARATION, List.of("前期"),
              MilestoneType.APPROVAL, List.of("立项"),
              MilestoneType.SIGNING, List.of("签约"),
              MilestoneType.START, List.of("开工"),
              MilestoneType.COMPLETION, List.of("竣工"),
              MilestoneType.OPERATION, List.of("投产")));

  private Vocabulary() {}
}
