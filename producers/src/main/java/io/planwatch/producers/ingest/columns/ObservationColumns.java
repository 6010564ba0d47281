package io.planwatch.producers.ingest.columns;

import java.util.List;

/**
 * The columns of a statistics release, in one place: plain CSV and XLSX with Chinese or English
 * headers, and SDMX-CSV / SDMX-JSON component ids. {@link ColumnDocs} renders this table for the
 * README.
 */
public final class ObservationColumns {
  public static final Column INDICATOR =
      Column.required(
          "indicator",
          "indicator code or Chinese/English name",
          "指标",
          "指标名称",
          "指标代码",
          "indicator",
          "indicator_code",
          "indicator_name",
          "INDICATOR");
  public static final Column REGION =
      Column.required(
          "region",
          "region: GB/T 2260 code or Chinese/English name",
          "地区",
          "地区名称",
          "区域",
          "地区代码",
          "行政区划代码",
          "region",
          "region_code",
          "area",
          "REF_AREA");
  public static final Column PERIOD =
      Column.required(
          "period",
          "period: 2022年1-6月, 1-6月, 2022年二季度, 2022年上半年, 2022-06, 2022-Q2, 2022M06, 2022…",
          "时期",
          "时间",
          "期别",
          "报告期",
          "统计时间",
          "period",
          "time",
          "TIME_PERIOD");
  public static final Column YEAR =
      Column.optional("year", "year for periods written without one (1-6月)", "年份", "年度", "year");
  public static final Column MEASURE =
      Column.optional(
          "measure",
          "累计值/累计增长/期末值/比率 or YTD_LEVEL/YTD_GROWTH/PERIOD_LEVEL/RATE;"
              + " default: the indicator's measure",
          "口径",
          "指标口径",
          "统计口径",
          "measure",
          "MEASURE");
  public static final Column VALUE =
      Column.required(
          "value",
          "the figure (see Numbers below; 5.1% carries its unit); a unit in brackets in the"
              + " header (数值（万元）) is the default unit",
          "数值",
          "数据",
          "值",
          "本期",
          "value",
          "obs_value",
          "OBS_VALUE");
  public static final Column UNIT =
      Column.optional(
          "unit",
          "unit (亿元, 万元, %, 个百分点…); default: the header's bracketed unit, else the"
              + " indicator's unit",
          "单位",
          "计量单位",
          "unit",
          "UNIT_MEASURE");
  public static final Column UNIT_MULT =
      Column.optional(
          "unit_mult", "SDMX power of ten applied to the unit (8 with CNY = 亿元)", "UNIT_MULT");
  public static final Column PRICE_BASIS =
      Column.optional(
          "price_basis",
          "现价/可比价 or CURRENT/COMPARABLE; default: the indicator's price basis",
          "价格",
          "价格口径",
          "计价方式",
          "price_basis",
          "price",
          "PRICE_BASIS");
  public static final Column STATUS =
      Column.optional(
          "status",
          "初步/最终/修订 or P/A/R; default: P, or R when the revision is above 0",
          "状态",
          "数据状态",
          "status",
          "obs_status",
          "OBS_STATUS");
  public static final Column REVISION =
      Column.optional(
          "revision", "revision number, default 0", "修订", "修订次数", "修订号", "revision", "REVISION");
  public static final Column PUBLISHED =
      Column.optional(
          "published",
          "publication time (2022-07-15, 2022-07-15 10:00, ISO instant, 2022年7月15日);"
              + " default: the file's",
          "发布时间",
          "发布日期",
          "published",
          "published_at",
          "PUBLICATION_DATE");
  public static final Column RELEASE_ID =
      Column.optional(
          "release_id",
          "release id; default: file name + content hash",
          "发布号",
          "发布批次",
          "release",
          "release_id",
          "RELEASE_ID");
  public static final Column SOURCE =
      Column.optional(
          "source",
          "where the record comes from (its source field), e.g. simulated:seed=42 in the"
              + " simulator's files; default: file:<file name>",
          "来源",
          "source",
          "SOURCE");
  public static final Column DATAFLOW =
      Column.optional(
          "dataflow",
          "SDMX-CSV dataflow or structure (read, not used)",
          "DATAFLOW",
          "STRUCTURE",
          "STRUCTURE_ID");
  public static final Column ACTION =
      Column.optional(
          "action",
          "SDMX action: I/A/R (Information, Append, Replace) are read; D (Delete) is refused",
          "ACTION",
          "action");

  /** Every column, in documentation order. */
  public static final List<Column> ALL =
      List.of(
          INDICATOR,
          REGION,
          PERIOD,
          YEAR,
          MEASURE,
          VALUE,
          UNIT,
          UNIT_MULT,
          PRICE_BASIS,
          STATUS,
          REVISION,
          PUBLISHED,
          RELEASE_ID,
          SOURCE,
          DATAFLOW,
          ACTION);

  private ObservationColumns() {}
}
