package io.planwatch.producers.ingest;

import static io.planwatch.producers.ingest.ReferenceFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.planwatch.domain.model.Milestone;
import io.planwatch.domain.model.MilestoneType;
import io.planwatch.domain.model.ProjectSizeClass;
import io.planwatch.domain.model.ProjectStatus;
import io.planwatch.domain.model.ProjectUpdate;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectIngestTest {
  @TempDir Path dir;

  private final IngestService service = new IngestService(ReferenceFixtures.reference());

  @Test
  void shouldReadAProjectCsvWithChineseStatusesMilestonesAndUnits() throws IOException {
    ParsedFile<ProjectUpdate> parsed =
        service.parseProjects(
            Fixtures.copy("projects-2022-06.csv", dir), IngestOptions.defaults(CLOCK));

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.records())
        .extracting(ProjectUpdate::projectId, ProjectUpdate::regionCode, ProjectUpdate::status)
        .containsExactly(
            tuple("HN-2022-001", "210112", ProjectStatus.STARTED),
            tuple("HN-2022-002", "210112", ProjectStatus.SIGNED),
            tuple("HP-2022-007", "210102", ProjectStatus.COMPLETED));
    ProjectUpdate first = parsed.records().get(0);
    assertThat(first.sizeClass()).isEqualTo(ProjectSizeClass.OVER_10B);
    assertThat(first.investmentCompletedYtd()).isEqualTo(18.5);
    assertThat(first.updateId()).isEqualTo("HN-R-2022-06-001");
    assertThat(first.milestones())
        .containsExactly(
            new Milestone(MilestoneType.START, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 15)),
            new Milestone(MilestoneType.COMPLETION, LocalDate.of(2024, 12, 31), null));
    ProjectUpdate inWan = parsed.records().get(1);
    assertThat(inWan.plannedTotalInvestment()).isCloseTo(8.6, within(1e-9));
    assertThat(inWan.plannedAnnualInvestment()).isCloseTo(2.5, within(1e-9));
    assertThat(inWan.investmentCompletedYtd()).isCloseTo(1.23, within(1e-9));
    assertThat(inWan.sizeClass()).isEqualTo(ProjectSizeClass.OVER_100M);
    assertThat(inWan.updateId()).isEqualTo("HN-2022-002@2022-06-30#" + parsed.releaseId());
    assertThat(parsed.records().get(2).reportDate()).isEqualTo(LocalDate.of(2022, 6, 30));
  }

  @Test
  void shouldReadJsonLinesWithAMilestonesArray() throws IOException {
    ParsedFile<ProjectUpdate> parsed =
        service.parseProjects(
            Fixtures.copy("projects-2022-07.jsonl", dir), IngestOptions.defaults(CLOCK));

    assertThat(parsed.format()).isEqualTo(FileFormat.JSON_LINES);
    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.records()).hasSize(2);
    ProjectUpdate first = parsed.records().get(0);
    assertThat(first.milestones())
        .containsExactly(
            new Milestone(MilestoneType.START, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 15)),
            new Milestone(MilestoneType.COMPLETION, LocalDate.of(2024, 12, 31), null));
    ProjectUpdate second = parsed.records().get(1);
    assertThat(second.regionCode()).isEqualTo("210112");
    assertThat(second.status()).isEqualTo(ProjectStatus.IN_OPERATION);
    assertThat(second.category()).isNull();
    assertThat(second.publishedAt()).isEqualTo(Instant.parse("2022-07-16T01:30:00Z"));
  }

  @Test
  void shouldReportBadProjectRowsByLine() throws IOException {
    Path file = dir.resolve("projects.jsonl");
    Files.writeString(
        file,
        String.join(
            "\n",
            "{\"project_id\":\"X-1\",\"name\":\"a\",\"region\":\"浑南区\",\"planned_total_investment\":5,"
                + "\"investment_completed_ytd\":1,\"status\":\"开工\",\"report_date\":\"2022-08-01\"}",
            "{\"project_id\":\"X-2\",\"name\":\"b\",\"region\":\"浑南区\",\"planned_total_investment\":5,"
                + "\"investment_completed_ytd\":1,\"unit\":\"亿美元\",\"status\":\"挂起\","
                + "\"report_date\":\"2022-07-01\"}",
            "{not json",
            "{\"project_id\":\"X-3\",\"name\":\"c\",\"region\":\"浑南区\",\"planned_total_investment\":5,"
                + "\"investment_completed_ytd\":1,\"status\":\"开工\",\"report_date\":\"2022-07-01\","
                + "\"milestones\":[{\"type\":\"拆迁\",\"planned\":\"2022-01-01\"}]}"));

    ParsedFile<ProjectUpdate> parsed =
        new IngestService(ReferenceFixtures.reference(List.of("X-1", "X-2")))
            .parseProjects(file, IngestOptions.defaults(CLOCK));

    assertThat(RejectReport.lines(parsed))
        .containsExactly(
            "projects.jsonl:1: report_date=\"2022-08-01\": date in the future / 日期晚于当前:"
                + " today is 2022-07-20",
            "projects.jsonl:2: unit=\"亿美元\": unit cannot be converted / 单位无法换算: 亿美元 → 亿元 is a"
                + " currency conversion, which is not done here: give the figure in 亿元 / 不做汇率换算,"
                + " 请以亿元填报; status=\"挂起\": unknown status / 未知状态",
            "projects.jsonl:3: -=\"{not json\": invalid JSON / JSON格式错误: Unexpected character ('n'"
                + " (code 110)): was expecting double-quote to start field name",
            "projects.jsonl:4: milestones=\""
                + shortened(file, 4)
                + "\": unknown milestone / 未知节点");
    assertThat(parsed.publishable()).isEmpty();
  }

  @Test
  void shouldRejectProjectIdsTheReferenceDoesNotKnow() throws IOException {
    Path file = dir.resolve("p.csv");
    Files.writeString(
        file, "项目编号,项目名称,地区,计划总投资,本年累计完成投资,状态,报告日期\n" + "HN-9,未知项目,浑南区,3,1,开工,2022-06-30\n");

    ParsedFile<ProjectUpdate> parsed =
        new IngestService(ReferenceFixtures.reference(List.of("HN-1")))
            .parseProjects(file, IngestOptions.defaults(CLOCK));

    assertThat(RejectReport.lines(parsed))
        .containsExactly("p.csv:2: 项目编号=\"HN-9\": unknown project / 未知项目");
  }

  @Test
  void shouldRefuseSdmxFilesForProjects() throws IOException {
    ParsedFile<ProjectUpdate> parsed =
        service.parseProjects(
            Fixtures.copy("stats-2022-06.sdmx.json", dir), IngestOptions.defaults(CLOCK));

    assertThat(RejectReport.lines(parsed))
        .containsExactly(
            "stats-2022-06.sdmx.json:1: -=\"\": file cannot be read / 文件无法读取: read as sdmx-json;"
                + " this takes csv, xlsx, jsonl");
    assertThat(RejectReport.summary(parsed))
        .isEqualTo(
            "stats-2022-06.sdmx.json: 1 of 1 rows rejected, 1 errors; nothing published / 整个文件未发布"
                + " (1行被拒绝)");
  }

  @Test
  void shouldReadAProjectWorkbookWithUnitsInTheHeadersAndDateCells() throws IOException {
    Path file = dir.resolve("projects.xlsx");
    try (Workbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("重点项目");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
      String[] header = {"项目编号", "项目名称", "地区", "计划总投资（万元）", "本年累计完成投资（万元）", "状态", "报告日期", "实际开工日期"};
      Row head = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        head.createCell(i).setCellValue(header[i]);
      }
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("HP-2022-011");
      row.createCell(1).setCellValue("和平区中山路历史街区保护更新");
      row.createCell(2).setCellValue("和平区");
      row.createCell(3).setCellValue(56000);
      row.createCell(4).setCellValue(8200);
      row.createCell(5).setCellValue("已开工");
      row.createCell(6).setCellValue(LocalDate.of(2022, 6, 30));
      row.getCell(6).setCellStyle(date);
      row.createCell(7).setCellValue(LocalDate.of(2022, 4, 18));
      row.getCell(7).setCellStyle(date);
      workbook.write(out);
    }

    ParsedFile<ProjectUpdate> parsed = service.parseProjects(file, IngestOptions.defaults(CLOCK));

    assertThat(parsed.errors()).isEmpty();
    ProjectUpdate update = parsed.records().get(0);
    assertThat(update.plannedTotalInvestment()).isCloseTo(5.6, within(1e-9));
    assertThat(update.investmentCompletedYtd()).isCloseTo(0.82, within(1e-9));
    assertThat(update.sizeClass()).isEqualTo(ProjectSizeClass.OVER_100M);
    assertThat(update.status()).isEqualTo(ProjectStatus.STARTED);
    assertThat(update.reportDate()).isEqualTo(LocalDate.of(2022, 6, 30));
    assertThat(update.milestones())
        .containsExactly(new Milestone(MilestoneType.START, null, LocalDate.of(2022, 4, 18)));
  }

  private static String shortened(Path file, int line) throws IOException {
    String text = Files.readAllLines(file).get(line - 1);
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
