package io.planwatch.producers.ingest.columns;

import io.planwatch.domain.model.MilestoneType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a project-office report (CSV, XLSX, and the keys of JSON lines), in one place.
 * Milestone columns exist for every {@link MilestoneType}: 计划开工日期 / 实际开工日期, {@code planned_start} /
 * {@code actual_start}, and so on.
 */
public final class ProjectColumns {
  public static final Column PROJECT_ID =
      Column.required(
          "project_id", "project id", "项目编号", "项目代码", "项目ID", "project_id", "projectId", "id");
  public static final Column NAME =
      Column.required("name", "project name", "项目名称", "名称", "name", "project_name");
  public static final Column REGION =
      Column.required(
          "region",
          "region: GB/T 2260 code or Chinese/English name",
          "地区",
          "所在地区",
          "地区代码",
          "区域",
          "region",
          "region_code",
          "regionCode");
  public static final Column CATEGORY =
      Column.optional("category", "sector or category", "类别", "行业", "产业类别", "category", "sector");
  public static final Column PLANNED_TOTAL =
      Column.required(
          "planned_total_investment",
          "planned total investment (in the report's unit)",
          "计划总投资",
          "总投资",
          "planned_total_investment",
          "plannedTotalInvestment",
          "total_investment");
  public static final Column PLANNED_ANNUAL =
      Column.optional(
          "planned_annual_investment",
          "planned investment for the year (in the report's unit)",
          "年度计划投资",
          "本年计划投资",
          "planned_annual_investment",
          "plannedAnnualInvestment");
  public static final Column INVESTMENT_YTD =
      Column.required(
          "investment_completed_ytd",
          "investment completed this year to date (in the report's unit)",
          "本年累计完成投资",
          "累计完成投资",
          "完成投资",
          "investment_completed_ytd",
          "investmentCompletedYtd");
  public static final Column UNIT =
      Column.optional(
          "unit",
          "unit of the investment columns: 亿元 (default) or 万元; a bracketed unit in a header"
              + " (计划总投资（万元）) applies to that column",
          "单位",
          "金额单位",
          "投资单位",
          "unit");
  public static final Column STATUS =
      Column.required(
          "status", "前期/立项/签约/开工/竣工/投产/暂停/取消 or the English status", "状态", "项目状态", "进展", "status");
  public static final Column REPORT_DATE =
      Column.required(
          "report_date",
          "date the report refers to",
          "报告日期",
          "填报日期",
          "截止日期",
          "report_date",
          "reportDate");
  public static final Column UPDATE_ID =
      Column.optional(
          "update_id",
          "id of the report; default: project id, report date and the file's release id",
          "报告编号",
          "填报编号",
          "update_id",
          "updateId");
  public static final Column PUBLISHED =
      Column.optional(
          "published",
          "publication time; default: the file's",
          "发布时间",
          "published",
          "published_at");

  private static final Map<MilestoneType, String> MILESTONE_ZH = milestoneNames();
  private static final Map<MilestoneType, Column> PLANNED = milestoneColumns(true);
  private static final Map<MilestoneType, Column> ACTUAL = milestoneColumns(false);

  /** Every column, in documentation order. */
  public static final List<Column> ALL = all();

  private ProjectColumns() {}

  /** The planned-date column of a milestone (计划开工日期, planned_start). */
  public static Column planned(MilestoneType type) {
    return PLANNED.get(type);
  }

  /** The actual-date column of a milestone (实际开工日期, actual_start). */
  public static Column actual(MilestoneType type) {
    return ACTUAL.get(type);
  }

  /** The Chinese name of a milestone: 前期, 立项, 签约, 开工, 竣工, 投产. */
  public static String chineseName(MilestoneType type) {
    return MILESTONE_ZH.get(type);
  }

  private static Map<MilestoneType, String> milestoneNames() {
    Map<MilestoneType, String> names = new EnumMap<>(MilestoneType.class);
    names.put(MilestoneType.PREPARATION, "前期");
    names.put(MilestoneType.APPROVAL, "立项");
    names.put(MilestoneType.SIGNING, "签约");
    names.put(MilestoneType.START, "开工");
    names.put(MilestoneType.COMPLETION, "竣工");
    names.put(MilestoneType.OPERATION, "投产");
    return Collections.unmodifiableMap(names);
  }

  private static Map<MilestoneType, Column> milestoneColumns(boolean planned) {
    Map<MilestoneType, Column> columns = new EnumMap<>(MilestoneType.class);
    for (MilestoneType type : MilestoneType.values()) {
      String zh = MILESTONE_ZH.get(type);
      String en = type.name().toLowerCase(Locale.ROOT);
      String prefixZh = planned ? "计划" : "实际";
      String prefixEn = planned ? "planned" : "actual";
      columns.put(
          type,
          Column.optional(
              prefixEn + "_" + en,
              (planned ? "planned" : "actual") + " date of " + zh + " (" + en + ")",
              prefixZh + zh + "日期",
              prefixZh + zh + "时间",
              zh + prefixZh + "日期",
              prefixEn + "_" + en,
              prefixEn + "_" + en + "_date"));
    }
    return Collections.unmodifiableMap(columns);
  }

  private static List<Column> all() {
    List<Column> all =
        new ArrayList<>(
            List.of(
                PROJECT_ID,
                NAME,
                REGION,
                CATEGORY,
                PLANNED_TOTAL,
                PLANNED_ANNUAL,
                INVESTMENT_YTD,
                UNIT,
                STATUS,
                REPORT_DATE,
                UPDATE_ID,
                PUBLISHED,
                ObservationColumns.SOURCE));
    for (MilestoneType type : MilestoneType.values()) {
      all.add(PLANNED.get(type));
      all.add(ACTUAL.get(type));
    }
    return List.copyOf(all);
  }
}
