package io.planwatch.producers.simulate;

import io.planwatch.domain.catalogue.Catalogue;
import io.planwatch.domain.model.Milestone;
import io.planwatch.domain.model.MilestoneType;
import io.planwatch.domain.model.ProjectStatus;
import io.planwatch.domain.model.ProjectUpdate;
import io.planwatch.producers.ingest.columns.ProjectColumns;
import io.planwatch.producers.ingest.normalize.DateTimes;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes project updates as a project office's report table, with the Chinese headers the {@code
 * projects} command maps (see {@code ProjectColumns}): investment in 亿元, Chinese statuses, and a
 * planned and an actual date column per milestone (计划开工日期, 实际开工日期…), and the source column (来源)
 * that keeps the simulator's marker on every update read back.
 */
final class ProjectCsvWriter {
  private final Catalogue catalogue;

  ProjectCsvWriter(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  static List<String> header() {
    List<String> header =
        new ArrayList<>(
            List.of(
                "项目编号",
                "项目名称",
                "地区代码",
                "所在地区",
                "类别",
                "计划总投资",
                "年度计划投资",
                "本年累计完成投资",
                "单位",
                "状态",
                "报告日期",
                "报告编号",
                "发布时间",
                "来源"));
    for (MilestoneType type : MilestoneType.values()) {
      header.add("计划" + ProjectColumns.chineseName(type) + "日期");
      header.add("实际" + ProjectColumns.chineseName(type) + "日期");
    }
    return header;
  }

  /** Writes the header and one row per update. */
  void write(List<ProjectUpdate> updates, Appendable out) throws IOException {
    CSVPrinter printer =
        new CSVPrinter(
            out, CSVFormat.DEFAULT.builder().setHeader(header().toArray(String[]::new)).get());
    for (ProjectUpdate u : updates) {
      printer.printRecord(row(u));
    }
    printer.flush();
  }

  private List<String> row(ProjectUpdate u) {
    List<String> row = new ArrayList<>();
    row.add(u.projectId());
    row.add(u.name());
    row.add(u.regionCode());
    row.add(catalogue.region(u.regionCode()).orElseThrow().nameZh());
    row.add(u.category() == null ? "" : u.category());
    row.add(Decimals.text(u.plannedTotalInvestment(), 2));
    row.add(
        u.plannedAnnualInvestment() == null ? "" : Decimals.text(u.plannedAnnualInvestment(), 2));
    row.add(Decimals.text(u.investmentCompletedYtd(), 2));
    row.add("亿元");
    row.add(status(u.status()));
    row.add(u.reportDate().toString());
    row.add(u.updateId());
    row.add(ReleaseCsvWriter.LOCAL_TIME.format(u.publishedAt().atZone(DateTimes.SHANGHAI)));
    row.add(u.source());
    for (MilestoneType type : MilestoneType.values()) {
      Milestone milestone =
          u.milestones().stream().filter(m -> m.type() == type).findFirst().orElse(null);
      row.add(date(milestone == null ? null : milestone.plannedDate()));
      row.add(date(milestone == null ? null : milestone.actualDate()));
    }
    return row;
  }

  private static String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  private static String status(ProjectStatus status) {
    return switch (status) {
      case PLANNED -> "计划";
      case PREPARATION -> "前期";
      case APPROVED -> "立项";
      case SIGNED -> "签约";
      case STARTED -> "开工";
      case COMPLETED -> "竣工";
      case IN_OPERATION -> "投产";
      case SUSPENDED -> "暂停";
      case CANCELLED -> "取消";
    };
  }
}
